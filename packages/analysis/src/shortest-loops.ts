import type { Arc } from './graph'
import type { Budget } from './budget'
import { compareLoops, makeLoop } from './make-loop'
import type { Loop } from './types'

/**
 * The `capacity` smallest loops by (length, key), kept sorted. Being full means more loops exist
 * than will be shown, and the longest kept one bounds how long a loop worth looking for can be.
 */
class ShortestSet {
  readonly items: Loop[] = []
  private readonly keys = new Set<string>()

  constructor(private readonly capacity: number) {}

  get full(): boolean {
    return this.items.length >= this.capacity
  }

  /** Length of the longest loop still worth finding. */
  get cap(): number {
    return this.full ? this.items[this.items.length - 1]!.nodes.length : Infinity
  }

  add(loop: Loop): void {
    if (this.keys.has(loop.key)) return
    if (this.full && compareLoops(loop, this.items[this.items.length - 1]!) >= 0) return
    let lo = 0
    let hi = this.items.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (compareLoops(this.items[mid]!, loop) < 0) lo = mid + 1
      else hi = mid
    }
    this.items.splice(lo, 0, loop)
    this.keys.add(loop.key)
    if (this.items.length > this.capacity) this.keys.delete(this.items.pop()!.key)
  }
}

/**
 * When there are more loops than `maxLoops`, Johnson's search has found *some* of them, in
 * depth-first order, often long ones. People want the short ones: this finds the `maxLoops`
 * shortest (ties by key), so the list is the same for everyone. Cycles are enumerated by
 * increasing length L (each from its smallest vertex, through larger vertices only), pruned by
 * the distance back to the start, and the search ends once L passes the longest loop kept.
 * `found` seeds the set: it already holds maxLoops + 1 real loops, so the bound starts tight.
 * Returns false when the time budget ran out first (the set is then the best found so far).
 */
export function keepShortestLoops(
  ids: readonly string[],
  out: Arc[][],
  components: number[][],
  found: readonly Loop[],
  maxLoops: number,
  budget: Budget,
): { loops: Loop[]; complete: boolean } {
  const best = new ShortestSet(maxLoops + 1)
  for (const loop of found) best.add(loop)
  const longest = Math.max(0, ...components.map((c) => c.length))
  const dist = new Int32Array(out.length).fill(-1)
  const onPath = new Uint8Array(out.length)
  for (let length = 2; length <= longest && length <= best.cap; length++) {
    for (const comp of components) {
      if (comp.length < length) continue
      const inComp = new Set(comp)
      const into = reverseArcs(comp, out, inComp)
      for (const s of comp) {
        const reached = distancesBack(s, length, into, dist, budget)
        const done =
          reached !== null &&
          cyclesOfLength(s, length, out, inComp, dist, onPath, budget, (cycle) => best.add(makeLoop(ids, s, cycle)))
        for (const v of reached ?? comp) dist[v] = -1
        if (!done) return { loops: best.items.slice(0, maxLoops), complete: false }
      }
    }
  }
  return { loops: best.items.slice(0, maxLoops), complete: true }
}

function reverseArcs(comp: number[], out: Arc[][], inComp: Set<number>): Map<number, number[]> {
  const into = new Map<number, number[]>(comp.map((v) => [v, []]))
  for (const v of comp) for (const a of out[v]!) if (inComp.has(a.to)) into.get(a.to)!.push(v)
  return into
}

/**
 * Shortest distance from each vertex ≥ s back to s (through vertices ≥ s), below `limit`.
 * Returns the vertices it set (to reset cheaply), or null when the time ran out.
 */
function distancesBack(
  s: number,
  limit: number,
  into: Map<number, number[]>,
  dist: Int32Array,
  budget: Budget,
): number[] | null {
  dist[s] = 0
  const reached = [s]
  let frontier = [s]
  for (let d = 1; d < limit && frontier.length; d++) {
    const next: number[] = []
    for (const v of frontier) {
      if (budget.tick()) {
        for (const u of reached) dist[u] = -1
        return null
      }
      for (const u of into.get(v)!) {
        if (u > s && dist[u] === -1) {
          dist[u] = d
          next.push(u)
          reached.push(u)
        }
      }
    }
    frontier = next
  }
  return reached
}

/** Every cycle of exactly `length` arcs whose smallest vertex is s; iterative DFS. */
function cyclesOfLength(
  s: number,
  length: number,
  out: Arc[][],
  inComp: Set<number>,
  dist: Int32Array,
  onPath: Uint8Array,
  budget: Budget,
  emit: (cycle: readonly Arc[]) => void,
): boolean {
  const path: Arc[] = []
  const frameV = [s]
  const frameI = [0]
  onPath[s] = 1
  while (frameV.length) {
    if (budget.tick()) {
      for (const v of frameV) onPath[v] = 0
      return false
    }
    const top = frameV.length - 1
    const v = frameV[top]!
    const i = frameI[top]!
    const arcs = out[v]!
    if (i >= arcs.length) {
      onPath[v] = 0
      frameV.pop()
      frameI.pop()
      path.pop()
      continue
    }
    frameI[top] = i + 1
    const arc = arcs[i]!
    const w = arc.to
    const depth = path.length + 1
    if (w === s) {
      if (depth === length) {
        path.push(arc)
        emit(path)
        path.pop()
      }
      continue
    }
    // Only larger vertices, not yet on the path, that can still get back to s in time.
    if (w < s || onPath[w] || !inComp.has(w) || dist[w]! < 0 || depth + dist[w]! > length) continue
    onPath[w] = 1
    path.push(arc)
    frameV.push(w)
    frameI.push(0)
  }
  return true
}
