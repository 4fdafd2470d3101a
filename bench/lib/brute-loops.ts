/**
 * Plain DFS enumeration of elementary cycles, used only as the correctness oracle for the loops
 * suite: elementary-circuits-directed-graph 1.3.1 misses cycles on many graphs, so set equality
 * is checked against this, and the peer is checked to be a subset.
 */
import { canonicalLoopKey } from '@causeway/model'

export function bruteLoopKeys(ids: string[], adj: number[][], cap: number): Set<string> | null {
  const keys = new Set<string>()
  const n = adj.length
  const onPath = new Array<boolean>(n).fill(false)
  const path: number[] = []
  let over = false
  // Each cycle is found once: from its smallest index, visiting only larger ones.
  const dfs = (s: number, v: number): void => {
    for (const w of adj[v] ?? []) {
      if (over) return
      if (w === s) {
        keys.add(canonicalLoopKey(path.map((i) => ids[i] as string)))
        if (keys.size > cap) over = true
      } else if (w > s && !onPath[w]) {
        onPath[w] = true
        path.push(w)
        dfs(s, w)
        path.pop()
        onPath[w] = false
      }
    }
  }
  for (let s = 0; s < n && !over; s++) {
    onPath[s] = true
    path.push(s)
    dfs(s, s)
    path.pop()
    onPath[s] = false
  }
  return over ? null : keys
}
