import { loopAnchor } from '@causeway/analysis'
import type { Point } from '@causeway/analysis'
import { PointBuckets, RectBuckets } from './buckets'
import type { Rect } from './buckets'

export type { Point, Rect }

const RING_STEP = 24
const RINGS = 10
const DIRECTIONS = 12

/**
 * Where each loop's badge goes: the loop's anchor (centre of its nodes), moved to the nearest
 * free spot when a node box or another badge is already there, so every badge stays readable.
 * Null when one of the loop's nodes has no known position.
 *
 * Runs on every drag tick (badges follow dragged nodes), with up to 200 loops × 121 probes each
 * against 500 boxes; so boxes and placed badges are bucketed by cell and a probe looks only at
 * its own cell's.
 */
export function loopAnchors(
  loops: ReadonlyArray<{ nodes: readonly string[] }>,
  centres: ReadonlyMap<string, Point>,
  obstacles: readonly Rect[] = [],
  radius = 22,
): Array<Point | null> {
  const boxes = new RectBuckets(obstacles, radius)
  const taken = new PointBuckets(radius * 2)
  const free = (p: Point) => !boxes.covers(p) && !taken.near(p)
  return loops.map((loop) => {
    if (!loop.nodes.every((id) => centres.has(id))) return null
    const at = loopAnchor({ nodes: [...loop.nodes] }, centres)
    if (!at) return null
    const spot = nearestFree(at, free) ?? at
    taken.add(spot)
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
