export interface Point {
  x: number
  y: number
}

/**
 * Where a loop's badge goes: the mean of its nodes' centres, which lies inside the loop for
 * the roughly convex shapes people draw. Badges that would sit on top of each other are
 * nudged apart so each stays readable.
 */
export function loopAnchors(
  loops: ReadonlyArray<{ nodes: readonly string[] }>,
  centres: ReadonlyMap<string, Point>,
  spacing = 44,
): Array<Point | null> {
  const taken: Point[] = []
  return loops.map((loop) => {
    const pts = loop.nodes.map((id) => centres.get(id)).filter((p): p is Point => !!p)
    if (pts.length === 0 || pts.length < loop.nodes.length) return null
    const at = {
      x: pts.reduce((s, p) => s + p.x, 0) / pts.length,
      y: pts.reduce((s, p) => s + p.y, 0) / pts.length,
    }
    while (taken.some((p) => Math.abs(p.x - at.x) < spacing && Math.abs(p.y - at.y) < spacing)) at.y += spacing
    taken.push(at)
    return at
  })
}
