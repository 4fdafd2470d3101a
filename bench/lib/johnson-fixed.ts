/**
 * A corrected copy of elementary-circuits-directed-graph 1.3.1 (johnson.js), by Antoine
 * Roy-Gobeil, MIT licence, https://github.com/antoinerg/elementary-circuits-directed-graph.
 *
 * Only for the loops suite's equal-work diagnostic: the published package misses loops, so it
 * does less work than an exact search, and its time ratio against ours is not like for like.
 * This copy is the same code (same structure, same strongly-connected-components dependency,
 * same mutation of `edges`) with exactly two bugs fixed, both marked FIX below:
 *   1. L1 overwrote `found` with each recursive call's result (`found = circuit(w)`), so a loop
 *      found through an earlier neighbour was forgotten and `v` stayed blocked;
 *   2. L2 recorded `B[w][w]` where Johnson (1975) has `v ∈ B(w)`, so unblocking never reached `v`.
 * It is checked against the brute-force oracle (brute-loops.ts) on every graph it is timed on.
 */
import { createRequire } from 'node:module'

type Tarjan = (adj: number[][]) => { components: number[][] }
// Not a bench dependency: load the copy the peer package itself uses, so both do the same SCC work.
const req = createRequire(createRequire(import.meta.url).resolve('elementary-circuits-directed-graph'))
const tarjan = req('strongly-connected-components') as Tarjan

/** Same contract as the package: each circuit closed (first vertex repeated); mutates `edges`. */
export function findCircuitsFixed(edges: number[][]): number[][] {
  const circuits: number[][] = []
  const stack: number[] = []
  const blocked: boolean[] = []
  const B: Record<string, Record<string, boolean>> = {}
  let Ak: number[][] = []
  let s: number

  function unblock(u: number): void {
    blocked[u] = false
    const bu = B[u]
    if (bu) {
      for (const w of Object.keys(bu)) {
        delete bu[w]
        if (blocked[Number(w)]) unblock(Number(w))
      }
    }
  }

  function circuit(v: number): boolean {
    let found = false
    stack.push(v)
    blocked[v] = true
    // L1
    for (const w of Ak[v] ?? []) {
      if (w === s) {
        circuits.push([...stack, s])
        found = true
      } else if (!blocked[w]) {
        if (circuit(w)) found = true // FIX 1: was `found = circuit(w)`
      }
    }
    // L2
    if (found) unblock(v)
    else {
      for (const w of Ak[v] ?? []) {
        const entry = (B[w] ??= {})
        entry[v] = true // FIX 2: was `entry[w] = true`
      }
    }
    stack.pop()
    return found
  }

  function subgraph(minId: number): void {
    for (let i = 0; i < edges.length; i++) {
      if (i < minId || !edges[i]) edges[i] = []
      edges[i] = (edges[i] as number[]).filter((j) => j >= minId)
    }
  }

  function adjacencyStructureSCC(from: number): { leastVertex: number; adjList: number[][] } | null {
    subgraph(from)
    const ccs = tarjan(edges).components.filter((scc) => scc.length > 1)
    let leastVertex = Infinity
    let leastVertexComponent = -1
    for (let i = 0; i < ccs.length; i++) {
      for (const v of ccs[i] as number[]) {
        if (v < leastVertex) {
          leastVertex = v
          leastVertexComponent = i
        }
      }
    }
    const cc = ccs[leastVertexComponent]
    if (!cc) return null
    const adjList = edges.map((l, index) => (cc.indexOf(index) === -1 ? [] : l.filter((i) => cc.indexOf(i) !== -1)))
    return { leastVertex, adjList }
  }

  s = 0
  const n = edges.length
  while (s < n) {
    const p = adjacencyStructureSCC(s)
    if (!p) break
    s = p.leastVertex
    Ak = p.adjList
    for (const row of Ak) {
      for (const v of row) {
        blocked[v] = false
        B[v] = {}
      }
    }
    circuit(s)
    s = s + 1
  }
  return circuits
}
