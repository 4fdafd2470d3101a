import { loopAnchor } from '@causeway/analysis'
import type { Point } from '@causeway/analysis'

export type { Point }

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

const RING_STEP = 24
const RINGS = 10
const DIRECTIONS = 12

/**
 * Where each loop's badge goes: the loop's anchor (centre of its nodes), moved to the nearest
 * free spot when a node box or another badge is already there, so every badge stays readable.
 * Null when one of the loop's nodes has no known position.
 */
export function loopAnchors(
  loops: ReadonlyArray<{ nodes: readonly string[] }>,
  centres: ReadonlyMap<string, Point>,
  obstacles: readonly Rect[] = [],
  radius = 22,
): Array<Point | null> {
  const taken: Point[] = []
  const free = (p: Point) =>
    !obstacles.some((r) => p.x > r.x - radius && p.x < r.x + r.w + radius && p.y > r.y - radius && p.y < r.y + r.h + radius) &&
    !taken.some((q) => Math.hypot(p.x - q.x, p.y - q.y) < radius * 2)
  return loops.map((loop) => {
    if (!loop.nodes.every((id) => centres.has(id))) return null
    const at = loopAnchor({ nodes: [...loop.nodes] }, centres)
    if (!at) return null
    const spot = nearestFree(at, free) ?? at
    taken.push(spot)
    return spot
  })
}

function nearestFree(at: Point, free: (p: Point) => boolean): Point | null {
  if (free(at)) return at
  for (let ring = 1; ring <= RINGS; ring++) {
    for (let k = 0; k < DIRECTIONS; k++) {
      // Start straight down and alternate sides, so small nudges look deliberate.
      const angle = Math.PI / 2 + (k % 2 ? -1 : 1) * Math.ceil(k / 2) * ((2 * Math.PI) / DIRECTIONS)
      const p = { x: at.x + Math.cos(angle) * ring * RING_STEP, y: at.y + Math.sin(angle) * ring * RING_STEP }
      if (free(p)) return p
    }
  }
  return null
}
