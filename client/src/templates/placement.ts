import type { NodeSnapshot } from '@causeway/model'
import { contentBounds } from './thumbnail'

const GAP = 160

/** Where to put added content so it lands beside the board's existing work, top-aligned, never on it. */
export function besideOffset(existing: NodeSnapshot[], added: NodeSnapshot[]): { x: number; y: number } {
  const have = contentBounds(existing)
  const add = contentBounds(added)
  if (!have || !add) return { x: 0, y: 0 }
  return { x: have.x + have.w + GAP - add.x, y: have.y - add.y }
}
