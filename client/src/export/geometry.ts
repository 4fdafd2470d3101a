import type { NodeSnapshot } from '@causeway/model'

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

const CHAR_W = 7.2
const LINE_H = 17
const MAX_CHARS = 22

/** Breaks a label into lines of at most ~22 characters, on spaces where it can. */
export function wrapLabel(label: string): string[] {
  const lines: string[] = []
  for (const para of label.split('\n')) {
    let line = ''
    for (const word of para.split(/\s+/).filter(Boolean)) {
      let w = word
      while (w.length > MAX_CHARS) {
        if (line) lines.push(line)
        lines.push(w.slice(0, MAX_CHARS))
        w = w.slice(MAX_CHARS)
        line = ''
      }
      if (!line) line = w
      else if (line.length + 1 + w.length <= MAX_CHARS) line += ' ' + w
      else {
        lines.push(line)
        line = w
      }
    }
    lines.push(line)
  }
  return lines.length ? lines : ['']
}

/** A node's box: its stored size (w/h) when it has one, otherwise sized to fit its label. */
export function nodeBox(node: NodeSnapshot, measured?: { w: number; h: number }): Box {
  if (measured) return { x: node.x, y: node.y, ...measured }
  const lines = wrapLabel(node.label)
  const longest = Math.max(...lines.map((l) => l.length))
  const w = typeof node.w === 'number' && node.w > 0 ? node.w : Math.max(80, longest * CHAR_W + 28)
  const h = typeof node.h === 'number' && node.h > 0 ? node.h : lines.length * LINE_H + 22
  return { x: node.x, y: node.y, w, h }
}

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

/** Bounds of several boxes; null when there are none. */
export function boundsOf(boxes: Iterable<Box>): Box | null {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const b of boxes) {
    minX = Math.min(minX, b.x)
    minY = Math.min(minY, b.y)
    maxX = Math.max(maxX, b.x + b.w)
    maxY = Math.max(maxY, b.y + b.h)
  }
  return minX === Infinity ? null : { x: minX, y: minY, w: maxX - minX, h: maxY - minY }
}
