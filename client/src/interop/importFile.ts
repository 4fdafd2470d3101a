import type * as Y from 'yjs'
import { insertContent, toSnapshot } from '@causeway/model'
import type { ValidationIssue } from '@causeway/model'
import { frameTitle, importBoard, placeInFrame } from '@causeway/interop'
import type { ImportFormat } from '@causeway/interop'
import { detectFormat } from './detectFormat'

export type FileImportOutcome =
  | { ok: true; format: ImportFormat; nodes: number; edges: number; frameId: string; title: string }
  | { ok: false; errors: ValidationIssue[] }

/**
 * Reads a file's text into the board as ONE change (one undo step): the format is detected,
 * the importer validates everything, and the content lands in a new frame named after the file,
 * beside what is already there. Any problem is reported and the board is left exactly as it was.
 */
export function importFileText(
  doc: Y.Doc,
  fileName: string,
  text: string,
  origin: unknown,
  unknownFormat: string,
): FileImportOutcome {
  const format = detectFormat(fileName, text)
  if (!format) return { ok: false, errors: [{ path: fileName || '$', message: unknownFormat }] }
  const parsed = importBoard(format, text)
  if (!parsed.ok) return parsed
  const title = frameTitle(fileName)
  const placed = placeInFrame(toSnapshot(doc), parsed.content, title)
  const ids = insertContent(doc, placed.content, {}, origin)
  return {
    ok: true,
    format,
    nodes: parsed.content.nodes.length,
    edges: parsed.content.edges.length,
    frameId: ids.get(placed.frameId)!,
    title,
  }
}
