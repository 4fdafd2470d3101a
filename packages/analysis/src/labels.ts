import type { Loop, LoopType } from './types'

export interface LabelledLoop extends Loop {
  /** "R1", "B2", "U1": numbered per type in the order the loops were given. */
  label: string
}

const TYPE_ORDER: readonly LoopType[] = ['R', 'B', 'U']

/**
 * Labels loops R1, R2…, B1…, U1… and returns them in that order. Given findLoops' order
 * (shortest first, then key) the numbering is deterministic for every client viewing the board.
 */
export function labelLoops(loops: readonly Loop[]): LabelledLoop[] {
  const out: LabelledLoop[] = []
  for (const type of TYPE_ORDER) {
    let n = 0
    for (const loop of loops) if (loop.type === type) out.push({ ...loop, label: `${type}${++n}` })
  }
  return out
}

export interface Point {
  x: number
  y: number
}

/**
 * Where to draw a loop's badge: the centroid of its nodes' positions (inside any convex loop,
 * and near the middle of the others). Nodes without a known position are skipped; undefined
 * when none is known.
 */
export function loopAnchor(
  loop: Pick<Loop, 'nodes'>,
  positions: Readonly<Record<string, Point | undefined>> | ReadonlyMap<string, Point>,
): Point | undefined {
  const at = (id: string): Point | undefined =>
    positions instanceof Map ? positions.get(id) : (positions as Record<string, Point | undefined>)[id]
  let x = 0
  let y = 0
  let n = 0
  for (const id of loop.nodes) {
    const p = at(id)
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue
    x += p.x
    y += p.y
    n++
  }
  return n ? { x: x / n, y: y / n } : undefined
}
