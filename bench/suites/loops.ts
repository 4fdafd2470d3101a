/** Suite 4 — our findLoops against elementary-circuits-directed-graph on generated causal graphs. */
import findCircuits from 'elementary-circuits-directed-graph'
import { findLoops } from '@causeway/analysis'
import { canonicalLoopKey } from '@causeway/model'
import { genGraph, rng } from '../lib/board-gen.ts'
import { bruteLoopKeys } from '../lib/brute-loops.ts'
import { findCircuitsFixed } from '../lib/johnson-fixed.ts'
import type { GenGraph } from '../lib/board-gen.ts'
import { median } from '../lib/stats.ts'
import type { Report } from '../lib/report.ts'
import type { SuiteOptions } from '../lib/options.ts'
import { shuffled } from '../lib/order.ts'

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

const PEER = 'elementary-circuits-directed-graph'
const FIXED = 'same Johnson code, 2 bugs fixed (diagnostic: equal work)'

/** The peer works on an adjacency list of indexes; building it from the graph is part of its time. */
function adjacency(g: GenGraph): number[][] {
  const idx = new Map(g.nodeIds.map((id, i) => [id, i]))
  const adj: number[][] = g.nodeIds.map(() => [])
  for (const e of g.edges) adj[idx.get(e.source) as number]?.push(idx.get(e.target) as number)
  return adj
}

// A fresh adjacency list per call: both Johnson copies mutate the one they are given.
const IMPLS: Record<string, (g: GenGraph) => unknown> = {
  'Causeway findLoops': (g) => findLoops(g, { maxLoops: 1_000_000, maxMs: 20_000 }),
  [PEER]: (g) => findCircuits(adjacency(g)),
  [FIXED]: (g) => findCircuitsFixed(adjacency(g)),
}

/**
 * Times every implementation on one graph, interleaved: each round runs all of them once in a
 * seeded shuffled order, so a burst of load from a neighbour on the shared machine (or a GC
 * pause) lands on every implementation alike instead of on whichever ran in that stretch.
 */
function timeInterleaved(g: GenGraph, rounds: number, budgetMs: number, seed: number): Record<string, number[]> {
  const out: Record<string, number[]> = Object.fromEntries(Object.keys(IMPLS).map((k) => [k, []]))
  const r = rng(seed)
  const end = performance.now() + budgetMs
  for (let i = 0; i < rounds && performance.now() < end; i++) {
    for (const name of shuffled(Object.keys(IMPLS), r)) {
      const run = IMPLS[name] as (g: GenGraph) => unknown
      const t = performance.now()
      run(g)
      out[name]?.push(performance.now() - t)
    }
  }
  return out
}

const keysOf = (g: GenGraph, cycles: number[][]): Set<string> =>
  new Set(cycles.map((cyc) => canonicalLoopKey(cyc.slice(0, -1).map((i) => g.nodeIds[i] as string))))
const equal = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((k) => b.has(k))
const geoMean = (v: number[]): number => Math.exp(v.reduce((a, r) => a + Math.log(r), 0) / v.length)

export async function loopsSuite(report: Report, opts: SuiteOptions): Promise<void> {
  const rounds = opts.quick ? 7 : 25
  const ratios: number[] = []
  const fixedRatios: number[] = []
  let mismatches = 0
  let fixedWrong = 0
  let peerIncomplete = 0
  for (const [ci, c] of CASES.entries()) {
    const g = genGraph(c.n, c.degree, 7, c.reach)
    const label = `${c.name} ${c.n} variables / ${g.edges.length} links`
    const ours = findLoops(g, { maxLoops: 1_000_000, maxMs: 20_000 })
    const oursKeys = new Set(ours.loops.map((l) => l.key))
    const peerKeys = keysOf(g, findCircuits(adjacency(g)))
    const fixedKeys = keysOf(g, findCircuitsFixed(adjacency(g)))
    const truth = bruteLoopKeys(g.nodeIds, adjacency(g), 200_000)
    const same = truth !== null && !ours.truncated && equal(oursKeys, truth)
    const fixedSame = truth !== null && equal(fixedKeys, truth)
    const peerMissing = [...(truth ?? oursKeys)].filter((k) => !peerKeys.has(k)).length
    if (!same) mismatches++
    if (!fixedSame) fixedWrong++
    if (peerMissing) peerIncomplete++
    const note =
      (same ? `${oursKeys.size} loops, equal to brute-force set` : `MISMATCH: ours ${oursKeys.size}${ours.truncated ? ' (truncated)' : ''}, brute force ${truth?.size ?? 'over cap'}`) +
      (peerMissing ? `; peer misses ${peerMissing}` : '; peer same set')
    const times = timeInterleaved(g, rounds, 9000, opts.seed + ci)
    const [tOurs, tPeer, tFixed] = [times['Causeway findLoops'] ?? [], times[PEER] ?? [], times[FIXED] ?? []]
    report.add({ suite: 'loops', metric: `time — ${label}`, target: 'Causeway findLoops', unit: 'ms', values: tOurs, note })
    report.add({ suite: 'loops', metric: `time — ${label}`, target: PEER, unit: 'ms', values: tPeer })
    report.add({ suite: 'loops', metric: `time — ${label}`, target: FIXED, unit: 'ms', values: tFixed, note: fixedSame ? 'equal to brute-force set' : `MISMATCH: ${fixedKeys.size} loops, brute force ${truth?.size ?? 'over cap'}` })
    ratios.push(median(tOurs) / median(tPeer))
    fixedRatios.push(median(tOurs) / median(tFixed))
  }
  const range = `${CASES.length} graphs (20–300 variables)`
  report.headlines.push({
    suite: 'loops',
    metric: `findLoops time, geometric mean over ${range}`,
    unit: '× peer',
    ours: geoMean(ratios),
    bestPeer: 1,
    bestPeerName: PEER,
    better: 'lower',
    note:
      (mismatches ? `${mismatches} graph(s) where our loop set is wrong! ` : 'our loop set equals brute force on every graph; ') +
      (peerIncomplete ? `the peer misses loops on ${peerIncomplete} of ${CASES.length} graphs (it does less work)` : 'peer complete'),
  })
  report.headlines.push({
    suite: 'loops',
    metric: `diagnostic, equal work: findLoops time vs the peer's Johnson code with its 2 bugs fixed, geometric mean over ${range}`,
    unit: '× fixed peer',
    ours: geoMean(fixedRatios),
    bestPeer: 1,
    bestPeerName: 'lib/johnson-fixed.ts',
    better: 'lower',
    note: fixedWrong ? `the fixed copy is wrong on ${fixedWrong} graph(s): ratio not like for like` : 'the fixed copy equals brute force on every graph',
  })
}
