import { Budget, defaultNow } from './budget'
import { cyclicComponents, indexGraph } from './graph'
import type { Arc } from './graph'
import { compareLoops, loopType, makeLoop } from './make-loop'
import { keepShortestLoops } from './shortest-loops'
import type { FindLoopsOptions, FindLoopsResult, Loop, LoopGraph } from './types'

export const DEFAULT_MAX_LOOPS = 500
export const DEFAULT_MAX_MS = 200

export { loopType }

/**
 * Every elementary cycle (Johnson 1975), without recursion, bounded by a loop count and a time
 * budget. Parallel links are merged (see indexGraph) so each node cycle is one loop. When there
 * are more than maxLoops loops, the maxLoops shortest are kept (see keepShortestLoops), so a
 * count-truncated answer is the same on every machine.
 */
export function findLoops(graph: LoopGraph, opts: FindLoopsOptions = {}): FindLoopsResult {
  const maxLoops = opts.maxLoops ?? DEFAULT_MAX_LOOPS
  const budget = new Budget(opts.maxMs ?? DEFAULT_MAX_MS, opts.now ?? defaultNow)
  const { ids, out } = indexGraph(graph)
  const loops: Loop[] = []
  // One loop past the bound proves there are more than maxLoops.
  const emit = (cycle: readonly Arc[], start: number): boolean => {
    loops.push(makeLoop(ids, start, cycle))
    return loops.length <= maxLoops
  }

  const components = cyclicComponents(out, budget.tick) ?? []
  for (const comp of components) {
    if (budget.timedOut || !circuitsInComponent(comp, out, emit, budget.tick)) break
  }
  if (loops.length > maxLoops) {
    const shortest = keepShortestLoops(ids, out, components, loops, maxLoops, budget)
    return { loops: shortest.loops, truncated: true, reason: shortest.complete ? 'count' : 'time' }
  }
  loops.sort(compareLoops)
  return budget.timedOut ? { loops, truncated: true, reason: 'time' } : { loops, truncated: false }
}

/**
 * Johnson's search inside one strongly connected component. Vertices are relabelled 0..k-1 in
 * ascending order, so each cycle is found exactly once: from its smallest vertex. Returns false
 * when a bound stopped it.
 */
function circuitsInComponent(
  comp: number[],
  out: Arc[][],
  emit: (cycle: readonly Arc[], start: number) => boolean,
  tick: () => boolean,
): boolean {
  const k = comp.length
  const local = new Map<number, number>()
  comp.forEach((v, i) => local.set(v, i))
  // Local adjacency: arcs that stay inside the component, with local targets.
  const adj: Array<Array<{ to: number; arc: Arc }>> = comp.map((v) =>
    out[v]!.filter((a) => local.has(a.to)).map((arc) => ({ to: local.get(arc.to)!, arc })),
  )
  const radj: number[][] = comp.map(() => [])
  adj.forEach((arcs, v) => arcs.forEach(({ to }) => radj[to]!.push(v)))

  const inScope = new Uint8Array(k)
  const blocked = new Uint8Array(k)
  const blockedBy: Array<Set<number>> = comp.map(() => new Set())

  const unblock = (u: number): void => {
    blocked[u] = 0
    const todo = [u]
    while (todo.length) {
      const x = todo.pop()!
      for (const w of blockedBy[x]!) {
        if (blocked[w]) {
          blocked[w] = 0
          todo.push(w)
        }
      }
      blockedBy[x]!.clear()
    }
  }

  for (let s = 0; s < k - 1; s++) {
    // Cheap test first: s is the smallest vertex of a cycle only if it has an arc to, and an
    // arc from, a larger vertex. Skips most vertices of big sparse components in O(degree).
    if (!adj[s]!.some(({ to }) => to > s) || !radj[s]!.some((from) => from > s)) continue
    if (!scopeFrom(s, adj, radj, inScope, tick)) return false
    if (!adj[s]!.some(({ to }) => inScope[to])) continue
    for (let v = s; v < k; v++) {
      blocked[v] = 0
      blockedBy[v]!.clear()
    }
    // Explicit call stack: vertex, next arc index, whether a cycle was found below it.
    const frameV: number[] = [s]
    const frameI: number[] = [0]
    const frameFound: boolean[] = [false]
    const path: Arc[] = []
    blocked[s] = 1
    while (frameV.length) {
      if (tick()) return false
      const top = frameV.length - 1
      const v = frameV[top]!
      const i = frameI[top]!
      const arcs = adj[v]!
      if (i < arcs.length) {
        frameI[top] = i + 1
        const { to: w, arc } = arcs[i]!
        if (!inScope[w]) continue
        if (w === s) {
          path.push(arc)
          const ok = emit(path, comp[s]!)
          path.pop()
          if (!ok) return false
          frameFound[top] = true
        } else if (!blocked[w]) {
          blocked[w] = 1
          path.push(arc)
          frameV.push(w)
          frameI.push(0)
          frameFound.push(false)
        }
        continue
      }
      const found = frameFound[top]!
      if (found) unblock(v)
      else for (const { to: w } of arcs) if (inScope[w]) blockedBy[w]!.add(v)
      frameV.pop()
      frameI.pop()
      frameFound.pop()
      path.pop()
      if (found && frameFound.length) frameFound[frameFound.length - 1] = true
    }
  }
  return true
}

/**
 * Marks the strongly connected component of s in the subgraph of vertices ≥ s: those reachable
 * from s and reaching s. Only there can a cycle whose smallest vertex is s live.
 */
function scopeFrom(
  s: number,
  adj: Array<Array<{ to: number }>>,
  radj: number[][],
  inScope: Uint8Array,
  tick: () => boolean,
): boolean {
  const k = adj.length
  const forward = new Uint8Array(k)
  const todo = [s]
  forward[s] = 1
  while (todo.length) {
    if (tick()) return false
    for (const { to } of adj[todo.pop()!]!) {
      if (to >= s && !forward[to]) {
        forward[to] = 1
        todo.push(to)
      }
    }
  }
  inScope.fill(0)
  inScope[s] = 1
  todo.push(s)
  while (todo.length) {
    if (tick()) return false
    for (const from of radj[todo.pop()!]!) {
      if (forward[from] && !inScope[from]) {
        inScope[from] = 1
        todo.push(from)
      }
    }
  }
  return true
}
