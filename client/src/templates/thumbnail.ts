import type { BoardContent, NodeSnapshot } from '@causeway/model'

/**
 * A template's content reduced to a few shapes for its gallery card, fitted into a small box.
 * Pure (no DOM) so it is tested directly and costs nothing to render.
 */

export type ThumbShape =
  | { type: 'rect'; x: number; y: number; w: number; h: number; kind: string }
  | { type: 'circle'; cx: number; cy: number; r: number; kind: string }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; polarity: string }

const DEFAULT_SIZE: Record<string, { w: number; h: number }> = {
  variable: { w: 140, h: 44 },
  note: { w: 150, h: 90 },
  prompt: { w: 240, h: 80 },
  stock: { w: 120, h: 60 },
  flow: { w: 60, h: 50 },
  cloud: { w: 64, h: 40 },
  iceberg: { w: 560, h: 520 },
  ladder: { w: 520, h: 600 },
  botg: { w: 520, h: 340 },
  circle: { w: 440, h: 440 },
  frame: { w: 480, h: 320 },
}

export function nodeBox(n: NodeSnapshot): { x: number; y: number; w: number; h: number } {
  const d = DEFAULT_SIZE[n.kind] ?? { w: 140, h: 44 }
  const w = typeof n.w === 'number' && n.w > 0 ? n.w : d.w
  const h = typeof n.h === 'number' && n.h > 0 ? n.h : d.h
  return { x: n.x, y: n.y, w, h }
}

export function contentBounds(nodes: NodeSnapshot[]): { x: number; y: number; w: number; h: number } | null {
  if (nodes.length === 0) return null
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const n of nodes) {
    const b = nodeBox(n)
    minX = Math.min(minX, b.x)
    minY = Math.min(minY, b.y)
    maxX = Math.max(maxX, b.x + b.w)
    maxY = Math.max(maxY, b.y + b.h)
  }
  return { x: minX, y: minY, w: maxX - minX, h: maxY - minY }
}

export function thumbnailShapes(content: BoardContent, width: number, height: number, pad = 6): ThumbShape[] {
  const bounds = contentBounds(content.nodes)
  if (!bounds) return []
  const scale = Math.min((width - 2 * pad) / Math.max(bounds.w, 1), (height - 2 * pad) / Math.max(bounds.h, 1))
  // Centre the drawing in the box whatever its aspect ratio.
  const ox = pad + (width - 2 * pad - bounds.w * scale) / 2
  const oy = pad + (height - 2 * pad - bounds.h * scale) / 2
  const px = (x: number) => round(ox + (x - bounds.x) * scale)
  const py = (y: number) => round(oy + (y - bounds.y) * scale)
  const shapes: ThumbShape[] = []
  const centres = new Map<string, { x: number; y: number }>()
  // Big containers first so the small things drawn later sit on top of them.
  const ordered = [...content.nodes].sort((a, b) => area(nodeBox(b)) - area(nodeBox(a)))
  for (const n of ordered) {
    const b = nodeBox(n)
    const x = px(b.x)
    const y = py(b.y)
    const w = round(b.w * scale)
    const h = round(b.h * scale)
    centres.set(n.id, { x: round(x + w / 2), y: round(y + h / 2) })
    if (n.kind === 'circle') shapes.push({ type: 'circle', cx: round(x + w / 2), cy: round(y + h / 2), r: round(Math.min(w, h) / 2), kind: n.kind })
    else shapes.push({ type: 'rect', x, y, w, h, kind: n.kind })
  }
  for (const e of content.edges) {
    const a = centres.get(e.source)
    const b = centres.get(e.target)
    if (a && b) shapes.push({ type: 'line', x1: a.x, y1: a.y, x2: b.x, y2: b.y, polarity: e.polarity })
  }
  return shapes
}

function area(b: { w: number; h: number }): number {
  return b.w * b.h
}

function round(v: number): number {
  return Math.round(v * 10) / 10
}
