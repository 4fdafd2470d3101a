import type { NodeSnapshot } from '@causeway/model'
import { safeCut } from './limits'

/**
 * How big things are on the board, estimated from the snapshot alone (no DOM, no measuring):
 * the client's exports draw with these boxes, and import placement (client and server) uses
 * them to put new content beside what is there instead of on top of it.
 */

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

const CHAR_W = 7.2
const LINE_H = 17
const MAX_CHARS = 22

/**
 * A label as the board shows it: lines of at most ~22 characters, broken on spaces where it
 * can. (The package's own SVG export wraps wider, to 28, for a printed page.)
 */
export function labelLines(label: string): string[] {
  const lines: string[] = []
  for (const para of label.split('\n')) {
    let line = ''
    for (const word of para.split(/\s+/).filter(Boolean)) {
      let w = word
      while (w.length > MAX_CHARS) {
        const cut = safeCut(w, MAX_CHARS)
        if (line) lines.push(line)
        lines.push(w.slice(0, cut))
        w = w.slice(cut)
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
  const lines = labelLines(node.label)
  const longest = Math.max(...lines.map((l) => l.length))
  const w = typeof node.w === 'number' && node.w > 0 ? node.w : Math.max(80, longest * CHAR_W + 28)
  const h = typeof node.h === 'number' && node.h > 0 ? node.h : lines.length * LINE_H + 22
  return { x: node.x, y: node.y, w, h }
}

/** Kinds that hold other nodes; the board draws them at a default size until resized. */
export const CONTAINER_SIZES: Readonly<Record<string, { w: number; h: number }>> = {
  iceberg: { w: 560, h: 520 },
  ladder: { w: 520, h: 600 },
  botg: { w: 520, h: 340 },
  circle: { w: 440, h: 440 },
  frame: { w: 480, h: 320 },
}

export function isContainer(kind: string): boolean {
  return Object.hasOwn(CONTAINER_SIZES, kind)
}

const finite = (v: unknown, fallback: number) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback

/** The space a node takes on the board: containers at their size (or default), others by label. */
export function boardBox(n: NodeSnapshot): Box {
  if (!isContainer(n.kind)) return nodeBox(n)
  const d = CONTAINER_SIZES[n.kind]!
  return { x: n.x, y: n.y, w: finite(n.w, d.w), h: finite(n.h, d.h) }
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
