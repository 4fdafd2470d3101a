/**
 * Keyboard navigation among nodes on the canvas: which box is "next" in an arrow direction or in
 * Tab order. Framework-free (plain boxes in flow coordinates), so it is unit-tested on its own.
 */

export interface Box {
  id: string
  x: number
  y: number
  width: number
  height: number
}

export type Direction = 'left' | 'right' | 'up' | 'down'

const UNIT: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
}

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 })

/**
 * The box nearest to `from` in direction `dir`, or null if none lies that way. Only boxes whose
 * centre is beyond `from`'s centre in that direction count. Those within 45° of the direction
 * come first; among equals, distance along the direction plus twice the sideways offset decides
 * (so a box straight ahead beats a closer one far off to the side). Ties keep input order.
 */
export function nearestInDirection(from: Box, candidates: readonly Box[], dir: Direction): string | null {
  const o = centre(from)
  const u = UNIT[dir]
  let best: { id: string; cone: boolean; score: number } | null = null
  for (const c of candidates) {
    if (c.id === from.id) continue
    const p = centre(c)
    const dx = p.x - o.x
    const dy = p.y - o.y
    const along = dx * u.x + dy * u.y
    if (along <= 0) continue
    const aside = Math.abs(dx * u.y - dy * u.x)
    const cone = aside <= along
    const score = along + 2 * aside
    if (!best || (cone && !best.cone) || (cone === best.cone && score < best.score)) best = { id: c.id, cone, score }
  }
  return best?.id ?? null
}

/**
 * Reading order: rows top to bottom, left to right within a row. Boxes whose centres are within
 * `rowTolerance` of a row's first box share that row, so a slightly lower neighbour on the same
 * line does not jump ahead of one to its left.
 */
export function readingOrder(boxes: readonly Box[], rowTolerance = 20): string[] {
  const byY = boxes.map((b) => ({ id: b.id, ...centre(b) })).sort((a, b) => a.y - b.y || a.x - b.x)
  const rows: Array<typeof byY> = []
  for (const b of byY) {
    const row = rows[rows.length - 1]
    if (row && b.y - row[0]!.y <= rowTolerance) row.push(b)
    else rows.push([b])
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x).map((b) => b.id))
}

/**
 * The id `step` places after `current` in `order` (wrapping around), never `skip`. With no
 * current one, counting starts at `skip` (the link's source), so the first Tab goes to the box
 * after it. Null when nothing but `skip` is there.
 */
export function stepInOrder(order: readonly string[], current: string | null, step: 1 | -1, skip: string): string | null {
  const others = order.filter((id) => id !== skip)
  if (!others.length) return null
  const at = order.indexOf(current ?? skip)
  if (at < 0) return step > 0 ? others[0]! : others[others.length - 1]!
  const n = order.length
  for (let i = 1; i <= n; i++) {
    const id = order[(((at + step * i) % n) + n) % n]!
    if (id !== skip) return id
  }
  return null
}
