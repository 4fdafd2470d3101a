import type * as Y from 'yjs'
import { toBoardJson, toSnapshot } from '@causeway/model'
import type { BoardSnapshot } from '@causeway/model'
import type { LabelledLoop } from '@causeway/analysis'
import { exportBoard as exportInterop } from '@causeway/interop'
import type { ExportFormat as InteropFormat } from '@causeway/interop'
import { tl } from '../loops/messages'
import { ti } from '../interop/messages'
import { downloadBlob, fileStem } from './download'
import { canvasToBlob, svgToCanvas } from './png'
import { boardToSvg } from './svg'
import type { SvgOptions } from './svg'

/** Files the menu offers: pictures and PDF drawn here, the rest from @causeway/interop. */
export type ExportFormat = 'png' | 'svg' | 'pdf' | 'json' | Exclude<InteropFormat, 'json' | 'svg'>

export type Sizes = ReadonlyMap<string, { w: number; h: number }>

export interface PictureOptions {
  /** Node ids to draw, or undefined for the whole board. */
  selection?: ReadonlySet<string>
  background: 'white' | 'transparent'
  scale: 1 | 2 | 4
}

export interface ExportInput {
  doc: Y.Doc
  loops: readonly LabelledLoop[]
  /** Boxes as measured on screen, so the drawing matches what people see. */
  sizes?: Sizes
  picture: PictureOptions
}

/** Files sharing an extension get told apart by a suffix. */
const SUFFIX: Partial<Record<ExportFormat, string>> = { 'csv-variables': '-variables', 'csv-loops': '-loops' }

function svgOptions(snapshot: BoardSnapshot, sizes?: Sizes): SvgOptions {
  return {
    title: tl('export.svgTitle', { title: snapshot.meta.title }),
    typeWords: { R: tl('loops.type.R'), B: tl('loops.type.B'), U: tl('loops.type.U') },
    sizes,
  }
}

/** Builds the chosen file from the live board and hands it to the browser as a download. */
export async function exportBoard(format: ExportFormat, input: ExportInput): Promise<void> {
  const snapshot = toSnapshot(input.doc)
  const stem = fileStem(snapshot.meta.title)
  if (format === 'json') {
    const json = JSON.stringify(toBoardJson(snapshot), null, 2)
    downloadBlob(new Blob([json], { type: 'application/json' }), `${stem}.causeway.json`)
    return
  }
  if (format === 'pdf') {
    // Loaded on first use: the PDF code is not needed to open a board.
    const { boardToPdf } = await import('./pdfExport')
    const bytes = await boardToPdf(snapshot, input.loops, svgOptions(snapshot, input.sizes))
    downloadBlob(new Blob([bytes as BlobPart], { type: 'application/pdf' }), `${stem}.pdf`)
    return
  }
  if (format === 'svg' || format === 'png') {
    const { selection, background, scale } = input.picture
    const svg = boardToSvg(snapshot, input.loops, { ...svgOptions(snapshot, input.sizes), only: selection, background })
    const name = selection ? `${stem}-${ti('interop.selectionSuffix')}` : stem
    if (format === 'svg') downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`)
    else downloadBlob(await canvasToBlob(await svgToCanvas(svg, scale), 'image/png'), `${name}.png`)
    return
  }
  const file = exportInterop(snapshot, format)
  downloadBlob(new Blob([file.body], { type: file.contentType }), `${stem}${SUFFIX[format] ?? ''}.${file.extension}`)
}
