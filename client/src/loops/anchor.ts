import { loopAnchor } from '@causeway/analysis'
import type { Point } from '@causeway/analysis'

export type { Point }

/**
 * Where each loop's badge goes: the loop's anchor (centre of its nodes), with badges that would
 * sit on top of each other nudged apart so each stays readable. Null when a node is not placed.
 */
export function loopAnchors(
  loops: ReadonlyArray<{ nodes: readonly string[] }>,
  centres: ReadonlyMap<string, Point>,
  spacing = 44,
): Array<Point | null> {
  const taken: Point[] = []
  return loops.map((loop) => {
    if (!loop.nodes.every((id) => centres.has(id))) return null
    const at = loopAnchor({ nodes: [...loop.nodes] }, centres)
    if (!at) return null
    while (taken.some((p) => Math.abs(p.x - at.x) < spacing && Math.abs(p.y - at.y) < spacing)) at.y += spacing
    taken.push(at)
    return at
  })
}
