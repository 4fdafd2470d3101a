import type { BoardContent, BoardSnapshot, NodeSnapshot } from '@causeway/model'
import { boardBox, boundsOf, isContainer } from './board-boxes'

/** Space around the imported content inside its frame, and room for the frame's title. */
export const FRAME_PAD = 40
export const FRAME_TITLE = 36
/** Gap between what is already on the board and the new frame. */
export const FRAME_GAP = 160

function freshId(content: BoardContent): string {
  const taken = new Set(content.nodes.map((n) => n.id))
  let id = 'import-frame'
  for (let i = 2; taken.has(id); i++) id = `import-frame-${i}`
  return id
}

/**
 * Wraps imported content in a new frame titled `title`, moved to the right of everything on
 * the board (tops aligned), so an import never lands on top of someone's work. Nodes without a
 * parent of their own join the frame (containers stay free: frames do not hold containers), so
 * dragging the frame takes them along. Pure, so the client (file drop) and the server (import
 * API) place content the same way; the caller inserts the result in one transaction.
 */
export function placeInFrame(
  board: BoardSnapshot,
  content: BoardContent,
  title: string,
): { content: BoardContent; frameId: string } {
  const frameId = freshId(content)
  const inner = boundsOf(content.nodes.map(boardBox)) ?? { x: 0, y: 0, w: 240, h: 120 }
  const frame = {
    x: inner.x - FRAME_PAD,
    y: inner.y - FRAME_PAD - FRAME_TITLE,
    w: inner.w + 2 * FRAME_PAD,
    h: inner.h + 2 * FRAME_PAD + FRAME_TITLE,
  }
  const existing = boundsOf(Object.values(board.nodes).map(boardBox))
  const at = existing ? { x: existing.x + existing.w + FRAME_GAP, y: existing.y } : { x: 0, y: 0 }
  const dx = at.x - frame.x
  const dy = at.y - frame.y
  const nodes: NodeSnapshot[] = content.nodes.map((n) => {
    const moved: NodeSnapshot = { ...n, x: n.x + dx, y: n.y + dy }
    if (moved.parent === undefined && !isContainer(n.kind)) moved.parent = frameId
    return moved
  })
  const frameNode: NodeSnapshot = {
    id: frameId,
    kind: 'frame',
    label: title,
    x: at.x,
    y: at.y,
    w: frame.w,
    h: frame.h,
  }
  // The frame comes first so it is drawn (and exported) underneath its content.
  return { content: { ...content, nodes: [frameNode, ...nodes] }, frameId }
}

/** A file name as a frame title: without its extension, never empty. */
export function frameTitle(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '')
  const stem = base.replace(/(\.causeway)?\.[a-z0-9]+$/i, '').trim()
  return stem || base || 'Import'
}
