/** Suite 4 — our findLoops against elementary-circuits-directed-graph on generated causal graphs. */
import findCircuits from 'elementary-circuits-directed-graph'
import { findLoops } from '@causeway/analysis'
import { canonicalLoopKey } from '@causeway/model'
import { genGraph } from '../lib/board-gen.ts'
import { bruteLoopKeys } from '../lib/brute-loops.ts'
import type { GenGraph } from '../lib/board-gen.ts'
import { median } from '../lib/stats.ts'
import type { Report } from '../lib/report.ts'

const CASES: { name: string; n: number; degree: number; reach: number }[] = [
  { name: 'sparse', n: 20, degree: 1.3, reach: 6 },
  { name: 'sparse', n: 50, degree: 1.3, reach: 6 },
  { name: 'sparse', n: 100, degree: 1.3, reach: 6 },
  { name: 'sparse', n: 300, degree: 1.3, reach: 6 },
  // Dense enough for hundreds to thousands of loops, not millions: every loop set stays checkable.
  { name: 'dense', n: 20, degree: 2.5, reach: 20 },
  { name: 'dense', n: 50, degree: 2, reach: 8 },
  { name: 'dense', n: 100, degree: 2.2, reach: 6 },
  { name: 'dense', n: 300, degree: 2, reach: 5 },
]

/** The peer works on an adjacency list of indexes; building it from the graph is part of its time. */
function adjacency(g: GenGraph): number[][] {
  const idx = new Map(g.nodeIds.map((id, i) => [id, i]))
  const adj: number[][] = g.nodeIds.map(() => [])
  for (const e of g.edges) adj[idx.get(e.source) as number]?.push(idx.get(e.target) as number)
  return adj
}

// A fresh adjacency list per call: the peer mutates the one it is given.
const peer = (g: GenGraph): number[][] => findCircuits(adjacency(g))

function timeIt(fn: () => void, iterations: number, budgetMs: number): number[] {
  const out: number[] = []
  const end = performance.now() + budgetMs
  for (let i = 0; i < iterations && performance.now() < end; i++) {
    const t = performance.now()
    fn()
    out.push(performance.now() - t)
  }
  return out
}

export async function loopsSuite(report: Report, quick: boolean): Promise<void> {
  const iterations = quick ? 7 : 25
  const ratios: number[] = []
  let mismatches = 0
  let peerIncomplete = 0
  for (const c of CASES) {
    const g = genGraph(c.n, c.degree, 7, c.reach)
    const label = `${c.name} ${c.n} variables / ${g.edges.length} links`
    const ours = findLoops(g, { maxLoops: 1_000_000, maxMs: 20_000 })
    const oursKeys = new Set(ours.loops.map((l) => l.key))
    const peerKeys = new Set(peer(g).map((cyc) => canonicalLoopKey(cyc.slice(0, -1).map((i) => g.nodeIds[i] as string))))
    const truth = bruteLoopKeys(g.nodeIds, adjacency(g), 200_000)
    const equal = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((k) => b.has(k))
    const same = truth !== null && !ours.truncated && equal(oursKeys, truth)
    const peerMissing = [...(truth ?? oursKeys)].filter((k) => !peerKeys.has(k)).length
    if (!same) mismatches++
    if (peerMissing) peerIncomplete++
    const note =
      (same ? `${oursKeys.size} loops, equal to brute-force set` : `MISMATCH: ours ${oursKeys.size}${ours.truncated ? ' (truncated)' : ''}, brute force ${truth?.size ?? 'over cap'}`) +
      (peerMissing ? `; peer misses ${peerMissing}` : '; peer same set')
    const tOurs = timeIt(() => findLoops(g, { maxLoops: 1_000_000, maxMs: 20_000 }), iterations, 3000)
    const tPeer = timeIt(() => peer(g), iterations, 3000)
    report.add({ suite: 'loops', metric: `time — ${label}`, target: 'Causeway findLoops', unit: 'ms', values: tOurs, note })
    report.add({ suite: 'loops', metric: `time — ${label}`, target: 'elementary-circuits-directed-graph', unit: 'ms', values: tPeer })
    ratios.push(median(tOurs) / median(tPeer))
  }
  const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length)
  report.headlines.push({
    suite: 'loops',
    metric: `findLoops time, geometric mean over ${CASES.length} graphs (20–300 variables)`,
    unit: '× peer',
    ours: geo,
    bestPeer: 1,
    bestPeerName: 'elementary-circuits-directed-graph',
    better: 'lower',
    note:
      (mismatches ? `${mismatches} graph(s) where our loop set is wrong! ` : 'our loop set equals brute force on every graph; ') +
      (peerIncomplete ? `the peer misses loops on ${peerIncomplete} of ${CASES.length} graphs (it does less work)` : 'peer complete'),
  })
}
