/**
 * Box sizes and label lines come from @causeway/interop, so exports, the client's file import and
 * the server's import API all agree on how much room a node takes.
 */
import type { Box } from '@causeway/interop'

export { boundsOf, nodeBox, labelLines as wrapLabel } from '@causeway/interop'
export type { Box } from '@causeway/interop'

export function centre(b: Box): { x: number; y: number } {
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 }
}

/** Where the ray from the box centre toward `toward` leaves the box (plus a small gap). */
export function boxExit(b: Box, toward: { x: number; y: number }, gap = 4): { x: number; y: number } {
  const c = centre(b)
  const dx = toward.x - c.x
  const dy = toward.y - c.y
  if (dx === 0 && dy === 0) return c
  const sx = dx === 0 ? Infinity : (b.w / 2 + gap) / Math.abs(dx)
  const sy = dy === 0 ? Infinity : (b.h / 2 + gap) / Math.abs(dy)
  const s = Math.min(sx, sy)
  return { x: c.x + dx * s, y: c.y + dy * s }
}
