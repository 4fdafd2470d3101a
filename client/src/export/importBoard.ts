import type * as Y from 'yjs'
import { BOARD_LIMITS, insertContent, parseBoardJson, toSnapshot } from '@causeway/model'
import type { BoardContent, BoardSnapshot, ValidationIssue } from '@causeway/model'
import { boundsOf, nodeBox } from './geometry'

export type ImportOutcome =
  | { ok: true; nodes: number; edges: number }
  | { ok: false; errors: ValidationIssue[] }

/** Gap between what is already on the board and the imported content. */
const GAP = 160

/** Offset that puts `content` to the right of everything on the board, tops aligned. */
export function placementOffset(board: BoardSnapshot, content: BoardContent): { x: number; y: number } {
  const existing = boundsOf(Object.values(board.nodes).map((n) => nodeBox(n)))
  const incoming = boundsOf(content.nodes.map((n) => nodeBox(n)))
  if (!existing || !incoming) return { x: 0, y: 0 }
  return { x: existing.x + existing.w + GAP - incoming.x, y: existing.y - incoming.y }
}

/**
 * Reads a board JSON file's text into the board as ONE change (one undo step). Anything wrong
 * with the file, from bad JSON to a link pointing nowhere, is reported with its path and the
 * board is left exactly as it was.
 */
export function importBoardText(doc: Y.Doc, text: string, origin?: unknown): ImportOutcome {
  if (text.length > BOARD_LIMITS.bytes) {
    return { ok: false, errors: [{ path: '$', message: `The file is larger than ${BOARD_LIMITS.bytes / 1024 / 1024} MB.` }] }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    return { ok: false, errors: [{ path: '$', message: `Not valid JSON: ${err instanceof Error ? err.message : String(err)}` }] }
  }
  const parsed = parseBoardJson(value)
  if (!parsed.ok) return { ok: false, errors: parsed.errors }
  const offset = placementOffset(toSnapshot(doc), parsed.content)
  insertContent(doc, parsed.content, { offset }, origin)
  return { ok: true, nodes: parsed.content.nodes.length, edges: parsed.content.edges.length }
}
