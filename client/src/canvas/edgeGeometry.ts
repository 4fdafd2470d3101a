export interface Rect {
  x: number
  y: number
  width: number
  height: number
}
export interface Point {
  x: number
  y: number
}

export interface EdgeGeometry {
  path: string
  /** Where the polarity mark goes: near the arrow head, beside the curve. */
  polarity: Point
  /** Middle of the curve and the curve's direction there (for the delay mark). */
  mid: Point
  midAngle: number
}

const CURVATURE = 0.18
const HEAD_GAP = 4

/** Where a ray from the rect's centre in direction d leaves the rect (plus a gap). */
export function borderPoint(r: Rect, d: Point, gap = 0): Point {
  const cx = r.x + r.width / 2
  const cy = r.y + r.height / 2
  const len = Math.hypot(d.x, d.y) || 1
  const ux = d.x / len
  const uy = d.y / len
  const sx = ux === 0 ? Infinity : r.width / 2 / Math.abs(ux)
  const sy = uy === 0 ? Infinity : r.height / 2 / Math.abs(uy)
  const s = Math.min(sx, sy) + gap
  return { x: cx + ux * s, y: cy + uy * s }
}

/**
 * A gentle arc between two nodes, bending to the left of its direction, so A→B and B→A are two
 * visibly separate curves (the usual look of a causal-loop diagram). Ends are floating: they
 * meet each node's border wherever the curve arrives.
 */
export function edgeGeometry(source: Rect, target: Rect): EdgeGeometry {
  const s = { x: source.x + source.width / 2, y: source.y + source.height / 2 }
  const t = { x: target.x + target.width / 2, y: target.y + target.height / 2 }
  const dx = t.x - s.x
  const dy = t.y - s.y
  const dist = Math.hypot(dx, dy) || 1
  // control point: midpoint pushed sideways (perpendicular to the direction)
  const c = { x: (s.x + t.x) / 2 + (dy / dist) * dist * CURVATURE, y: (s.y + t.y) / 2 - (dx / dist) * dist * CURVATURE }
  const start = borderPoint(source, { x: c.x - s.x, y: c.y - s.y })
  const end = borderPoint(target, { x: c.x - t.x, y: c.y - t.y }, HEAD_GAP)
  const at = (k: number): Point => ({
    x: (1 - k) * (1 - k) * start.x + 2 * (1 - k) * k * c.x + k * k * end.x,
    y: (1 - k) * (1 - k) * start.y + 2 * (1 - k) * k * c.y + k * k * end.y,
  })
  const tangent = (k: number): Point => ({
    x: 2 * (1 - k) * (c.x - start.x) + 2 * k * (end.x - c.x),
    y: 2 * (1 - k) * (c.y - start.y) + 2 * k * (end.y - c.y),
  })
  const near = at(0.82)
  const tan = tangent(0.82)
  const tl = Math.hypot(tan.x, tan.y) || 1
  // beside the curve, on the outer side of the bend
  const polarity = { x: near.x + (tan.y / tl) * 14, y: near.y - (tan.x / tl) * 14 }
  const mid = at(0.5)
  const mt = tangent(0.5)
  return {
    path: `M ${r(start.x)} ${r(start.y)} Q ${r(c.x)} ${r(c.y)} ${r(end.x)} ${r(end.y)}`,
    polarity,
    mid,
    midAngle: (Math.atan2(mt.y, mt.x) * 180) / Math.PI,
  }
}

function r(n: number): number {
  return Math.round(n * 10) / 10
}
