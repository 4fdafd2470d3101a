import type { NodeSnapshot } from '@causeway/model'
import type { Box } from './board-boxes'

/**
 * Stock-and-flow shapes as SVG markup, shared by the client's drawing (SVG/PNG/PDF, the canvas
 * pipe) and the server's SVG export, so a pipe looks the same everywhere. Pure strings; no label
 * text goes in here (callers draw labels through xmlEscape at the point `label`).
 */

export interface Point {
  x: number
  y: number
}

export const STOCK_FLOW_KINDS: ReadonlySet<string> = new Set(['stock', 'flow', 'cloud'])

/** Pipe sizes (px): the shaft's outer width and its hollow, and the arrowhead. */
export const PIPE = { width: 10, hollow: 5, headLength: 16, headWidth: 26 } as const

const INK = '#344054'
const VALVE = { w: 36, h: 28 }
const CLOUD = { w: 64, h: 40 }

const r = (v: number) => Math.round(v * 10) / 10

/**
 * Where a pipe meets a node: a flow's valve and a cloud's cloud sit at the top of their node
 * (the label is under them), so pipes run through the valve rather than at the label's middle.
 */
export function pipePort(kind: string, b: Box): Box {
  const size = kind === 'flow' ? VALVE : kind === 'cloud' ? CLOUD : null
  if (!size || b.w < size.w) return b
  return { x: b.x + (b.w - size.w) / 2, y: b.y, w: size.w, h: Math.min(size.h, b.h) }
}

/** Where the ray from the box centre toward `to` leaves the box, plus a gap. */
function exit(b: Box, to: Point, gap: number): Point {
  const cx = b.x + b.w / 2
  const cy = b.y + b.h / 2
  const dx = to.x - cx
  const dy = to.y - cy
  const len = Math.hypot(dx, dy)
  if (len === 0) return { x: cx, y: cy }
  const ux = dx / len
  const uy = dy / len
  const s = Math.min(ux === 0 ? Infinity : b.w / 2 / Math.abs(ux), uy === 0 ? Infinity : b.h / 2 / Math.abs(uy)) + gap
  return { x: cx + ux * s, y: cy + uy * s }
}

export interface PipeGeometry {
  /** The straight shaft, from the source's rim to the base of the head. */
  path: string
  /** The hollow arrowhead, as a polygon's points. */
  head: string
  /** The middle of the pipe (for a label) and its direction in degrees. */
  mid: Point
  angle: number
}

/** A pipe is straight (material moves the short way), from source port to target port. */
export function pipeGeometry(source: Box, target: Box): PipeGeometry {
  const cs = { x: source.x + source.w / 2, y: source.y + source.h / 2 }
  const ct = { x: target.x + target.w / 2, y: target.y + target.h / 2 }
  const start = exit(source, ct, 0)
  const tip = exit(target, cs, 3)
  const len = Math.hypot(tip.x - start.x, tip.y - start.y) || 1
  const ux = (tip.x - start.x) / len
  const uy = (tip.y - start.y) / len
  const headLen = Math.min(PIPE.headLength, len)
  const base = { x: tip.x - ux * headLen, y: tip.y - uy * headLen }
  const hw = PIPE.headWidth / 2
  const head = [
    [base.x - uy * hw, base.y + ux * hw],
    [tip.x, tip.y],
    [base.x + uy * hw, base.y - ux * hw],
  ]
  return {
    path: `M${r(start.x)},${r(start.y)} L${r(base.x)},${r(base.y)}`,
    head: head.map(([x, y]) => `${r(x!)},${r(y!)}`).join(' '),
    mid: { x: (start.x + base.x) / 2, y: (start.y + base.y) / 2 },
    angle: (Math.atan2(uy, ux) * 180) / Math.PI,
  }
}

/**
 * A pipe: a wide hollow shaft (two lines) with a hollow arrowhead, and no polarity or delay
 * mark. `label` is markup the caller has already escaped.
 */
export function pipeSvg(source: Box, target: Box, escapedLabel = ''): string {
  const g = pipeGeometry(source, target)
  const label = escapedLabel
    ? `<text class="pipe-label" x="${r(g.mid.x)}" y="${r(g.mid.y - 12)}" text-anchor="middle" font-size="12" fill="#444" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${escapedLabel}</text>`
    : ''
  return (
    '<g class="pipe" data-flow="true">' +
    `<path d="${g.path}" fill="none" stroke="${INK}" stroke-width="${PIPE.width}"/>` +
    `<path d="${g.path}" fill="none" stroke="#ffffff" stroke-width="${PIPE.hollow}"/>` +
    `<polygon points="${g.head}" fill="#ffffff" stroke="${INK}" stroke-width="2" stroke-linejoin="round"/>` +
    label +
    '</g>'
  )
}

/** A stock-and-flow node's box when nothing was measured: a flow's valve and a cloud sit above the label. */
export function stockFlowBox(node: NodeSnapshot, labelBox: Box): Box {
  if (node.kind === 'flow') return { ...labelBox, w: Math.max(labelBox.w, 60), h: labelBox.h + VALVE.h }
  if (node.kind === 'cloud') {
    const h = node.label.trim() ? labelBox.h + CLOUD.h : CLOUD.h
    return { ...labelBox, w: Math.max(labelBox.w, CLOUD.w + 8), h }
  }
  return labelBox
}

/**
 * A stock (a square-cornered box: what accumulates), a flow (the valve that sets a pipe's rate)
 * or a cloud (a source or sink beyond the boundary), drawn in its box; `label` is where its
 * words go, or null for a cloud without any. Null for other kinds.
 */
export function stockFlowShape(kind: string, b: Box, hasLabel: boolean): { svg: string; label: Point | null } | null {
  const cx = b.x + b.w / 2
  if (kind === 'stock') {
    return {
      svg: `<rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.w)}" height="${r(b.h)}" fill="#ffffff" stroke="${INK}" stroke-width="2.5"/>`,
      label: { x: cx, y: b.y + b.h / 2 },
    }
  }
  if (kind === 'flow') {
    const p = pipePort(kind, b)
    const at = (dx: number, dy: number) => `${r(p.x + dx)},${r(p.y + dy)}`
    // The canvas valve: two triangles meeting at the middle, and the handle on top.
    const valve =
      `<path class="valve" d="M${at(2, 4)} L${at(18, 14)} L${at(2, 24)} Z M${at(34, 4)} L${at(18, 14)} L${at(34, 24)} Z" fill="#ffffff" stroke="${INK}" stroke-width="2" stroke-linejoin="round"/>` +
      `<path d="M${at(18, 14)} L${at(18, 0)}" stroke="${INK}" stroke-width="2"/>`
    return { svg: valve, label: { x: cx, y: p.y + p.h + (b.h - p.h) / 2 } }
  }
  if (kind === 'cloud') {
    const p = pipePort(kind, b)
    const sx = p.w / CLOUD.w
    const sy = p.h / CLOUD.h
    const pts = [
      [14, 36], [2, 36], [2, 22], [12, 20], [10, 8], [26, 4], [30, 12], [36, 2], [52, 6], [50, 18], [62, 18], [62, 36], [50, 36],
    ].map(([x, y]) => `${r(p.x + x! * sx)},${r(p.y + y! * sy)}`)
    const d = `M${pts[0]} C${pts[1]} ${pts[2]} ${pts[3]} C${pts[4]} ${pts[5]} ${pts[6]} C${pts[7]} ${pts[8]} ${pts[9]} C${pts[10]} ${pts[11]} ${pts[12]} Z`
    return {
      svg: `<path class="cloud" d="${d}" fill="#f2f4f7" stroke="#667085" stroke-width="2"/>`,
      label: hasLabel ? { x: cx, y: p.y + p.h + (b.h - p.h) / 2 } : null,
    }
  }
  return null
}
