import { describe, expect, it } from 'vitest'
import { loopAnchor } from '@causeway/analysis'
import { loopAnchors } from './anchor'
import type { Point, Rect } from './anchor'

/** The plain version (every probe against every box and badge) the bucketed one must match. */
function bruteAnchors(loops: { nodes: string[] }[], centres: Map<string, Point>, obstacles: Rect[], radius: number) {
  const taken: Point[] = []
  const free = (p: Point) =>
    !obstacles.some((r) => p.x > r.x - radius && p.x < r.x + r.w + radius && p.y > r.y - radius && p.y < r.y + r.h + radius) &&
    !taken.some((q) => Math.hypot(p.x - q.x, p.y - q.y) < radius * 2)
  return loops.map((loop) => {
    if (!loop.nodes.every((id) => centres.has(id))) return null
    const at = loopAnchor({ nodes: loop.nodes }, centres)
    if (!at) return null
    let spot: Point | null = free(at) ? at : null
    for (let ring = 1; !spot && ring <= 10; ring++)
      for (let k = 0; !spot && k < 12; k++) {
        const angle = Math.PI / 2 + (k % 2 ? -1 : 1) * Math.ceil(k / 2) * ((2 * Math.PI) / 12)
        const p = { x: at.x + Math.cos(angle) * ring * 24, y: at.y + Math.sin(angle) * ring * 24 }
        if (free(p)) spot = p
      }
    taken.push(spot ?? at)
    return spot ?? at
  })
}

const samePoint = (a: Point, b: Point | undefined) => !!b && a.x === b.x && a.y === b.y

function seeded(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('loopAnchors (bucketed)', () => {
  it('places every badge exactly where the brute-force search does', () => {
    for (const seed of [1, 2, 3]) {
      const r = seeded(seed)
      const centres = new Map<string, Point>()
      const boxes: Rect[] = []
      // A dense 500-node grid like the large-board bench (negative coordinates too), plus one huge container.
      for (let i = 0; i < 500; i++) {
        const x = (i % 40) * 160 - 2000 + r() * 30
        const y = Math.floor(i / 40) * 90 - 300 + r() * 30
        boxes.push({ x, y, w: 110, h: 40 })
        centres.set(`n${i}`, { x: x + 55, y: y + 20 })
      }
      boxes.push({ x: -5000, y: -5000, w: 200_000, h: 300 })
      const loops = Array.from({ length: 200 }, () => ({
        nodes: Array.from({ length: 2 + Math.floor(r() * 4) }, () => `n${Math.floor(r() * 520)}`),
      }))
      const placed = loopAnchors(loops, centres, boxes)
      expect(placed).toEqual(bruteAnchors(loops, centres, boxes, 22))
      // The case worth checking: most badges had to move off a box or another badge.
      const nudged = placed.filter((p, i) => p && loops[i] && !samePoint(p, loopAnchor(loops[i], centres)))
      expect(nudged.length).toBeGreaterThan(50)
      expect(placed.filter((p) => p === null).length).toBeGreaterThan(0)
    }
  })
})
