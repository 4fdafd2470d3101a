import type { BoardSnapshot } from '@causeway/model'
import type { ExportResult, ImportResult } from './types'
import { exportDot, exportJson, exportKumu, exportMermaid } from './export-text'
import { exportCsvEdges, exportCsvLoops, exportCsvVariables } from './csv-export'
import { exportSvg } from './svg-export'
import { exportMdl, importMdl } from './mdl'
import { importJson } from './json-import'
import { importKumu } from './kumu-import'
import { importCsv } from './csv-import'
import { importDot } from './dot-import'
import { importMermaid } from './mermaid-import'
import { withoutBom } from './limits'

export type { ExportResult, ImportResult } from './types'
export { embedSnippet } from './embed'
export { INTEROP_LIMITS, cleanLabel } from './limits'
export { xmlEscape } from './xml'
export { FRAME_GAP, FRAME_PAD, FRAME_TITLE, frameTitle, placeInFrame } from './frame-placement'
export { CONTAINER_SIZES, boardBox, boundsOf, isContainer, labelLines, nodeBox } from './board-boxes'
export type { Box } from './board-boxes'
export { PIPE, STOCK_FLOW_KINDS, pipeGeometry, pipePort, pipeSvg, stockFlowBox, stockFlowShape } from './svg-shapes'
export type { PipeGeometry } from './svg-shapes'

const EXPORTERS = {
  json: exportJson,
  kumu: exportKumu,
  dot: exportDot,
  mermaid: exportMermaid,
  csv: exportCsvEdges,
  'csv-variables': exportCsvVariables,
  'csv-loops': exportCsvLoops,
  svg: exportSvg,
  mdl: exportMdl,
} satisfies Record<string, (s: BoardSnapshot) => ExportResult>

const IMPORTERS = {
  json: importJson,
  kumu: importKumu,
  csv: importCsv,
  dot: importDot,
  mermaid: importMermaid,
  mdl: importMdl,
} satisfies Record<string, (text: string) => ImportResult>

export const EXPORT_FORMATS = Object.keys(EXPORTERS) as Array<keyof typeof EXPORTERS>
export type ExportFormat = keyof typeof EXPORTERS
export const IMPORT_FORMATS = Object.keys(IMPORTERS) as Array<keyof typeof IMPORTERS>
export type ImportFormat = keyof typeof IMPORTERS

export function isExportFormat(f: string): f is ExportFormat {
  return Object.hasOwn(EXPORTERS, f)
}

export function isImportFormat(f: string): f is ImportFormat {
  return Object.hasOwn(IMPORTERS, f)
}

export function exportBoard(snapshot: BoardSnapshot, format: ExportFormat): ExportResult {
  if (!isExportFormat(format)) throw new Error(`Unknown export format "${String(format)}".`)
  return EXPORTERS[format](snapshot)
}

/** Parses a file into content to add to a board. Never throws on bad input: errors say where. */
export function importBoard(format: ImportFormat, text: string): ImportResult {
  if (!isImportFormat(format))
    return { ok: false, errors: [{ path: 'format', message: 'Unknown import format.' }] }
  if (typeof text !== 'string')
    return { ok: false, errors: [{ path: '$', message: 'Expected text.' }] }
  try {
    return IMPORTERS[format](withoutBom(text))
  } catch (e) {
    // A parser bug must still answer 400 with a reason, never take the request down.
    return {
      ok: false,
      errors: [
        {
          path: '$',
          message: `Could not read the file: ${e instanceof Error ? e.message : 'error'}`,
        },
      ],
    }
  }
}
