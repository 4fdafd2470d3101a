import type { Polarity } from '@causeway/model'
import type { LoopGraph } from './types'

/** One arc of the simple graph the cycle search walks: parallel links already merged. */
export interface Arc {
  to: number
  /** The representative link: the smallest id among the parallel links. */
  edgeId: string
  polarity: Polarity
}

export interface IndexedGraph {
  /** Node ids sorted ascending, so a cycle found from its smallest index is already canonical. */
  ids: string[]
  out: Arc[][]
}

/**
 * Parallel links A→B (same direction) are merged into one arc, because a loop is named by its
 * node cycle (DESIGN.md): two links A→B must not make two loops that share one key and one
 * name. The merged arc keeps the smallest link id; its polarity is the shared polarity when the
 * links agree and '?' when they disagree (the loop is then honestly undetermined, U).
 * Self-loops and links to unknown nodes are dropped.
 */
export function indexGraph(graph: LoopGraph): IndexedGraph {
  const ids = [...new Set(graph.nodeIds)].sort(compareIds)
  const index = new Map<string, number>()
  ids.forEach((id, i) => index.set(id, i))
  const merged: Array<Map<number, Arc>> = ids.map(() => new Map())
  for (const e of graph.edges) {
    const from = index.get(e.source)
    const to = index.get(e.target)
    if (from === undefined || to === undefined || from === to) continue
    const arcs = merged[from]!
    const prev = arcs.get(to)
    if (!prev) {
      arcs.set(to, { to, edgeId: e.id, polarity: e.polarity })
    } else {
      arcs.set(to, {
        to,
        edgeId: compareIds(e.id, prev.edgeId) < 0 ? e.id : prev.edgeId,
        polarity: prev.polarity === e.polarity ? prev.polarity : '?',
      })
    }
  }
  return { ids, out: merged.map((arcs) => [...arcs.values()].sort((a, b) => a.to - b.to)) }
}

/** The same order canonicalLoopKey uses (`<` on strings), so keys and indices agree. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Strongly connected components (Tarjan), iterative so a long chain cannot overflow the stack.
 * Returns each component's vertices sorted ascending; singletons are left out (no cycle fits in
 * one vertex once self-loops are gone).
 */
export function cyclicComponents(out: Arc[][], tick: () => boolean): number[][] | null {
  const n = out.length
  const order = new Int32Array(n).fill(-1)
  const low = new Int32Array(n)
  const onStack = new Uint8Array(n)
  const stack: number[] = []
  const result: number[][] = []
  let counter = 0
  const callV: number[] = []
  const callI: number[] = []
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue
    callV.push(root)
    callI.push(0)
    order[root] = low[root] = counter++
    stack.push(root)
    onStack[root] = 1
    while (callV.length) {
      if (tick()) return null
      const top = callV.length - 1
      const v = callV[top]!
      const i = callI[top]!
      const arcs = out[v]!
      if (i < arcs.length) {
        callI[top] = i + 1
        const w = arcs[i]!.to
        if (order[w] === -1) {
          order[w] = low[w] = counter++
          stack.push(w)
          onStack[w] = 1
          callV.push(w)
          callI.push(0)
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, order[w]!)
        }
        continue
      }
      callV.pop()
      callI.pop()
      if (callV.length) {
        const parent = callV[callV.length - 1]!
        low[parent] = Math.min(low[parent]!, low[v]!)
      }
      if (low[v] === order[v]) {
        const comp: number[] = []
        let w: number
        do {
          w = stack.pop()!
          onStack[w] = 0
          comp.push(w)
        } while (w !== v)
        if (comp.length > 1) result.push(comp.sort((a, b) => a - b))
      }
    }
  }
  return result
}
