import type { Report } from '../lib/report.ts'
import { median } from '../lib/stats.ts'
import { LABELS } from '../lib/targets.ts'
import type { ServerKind } from '../lib/targets.ts'

/** Our median against the best peer's median; `exclude` keeps floors (e.g. a bare relay) out. */
export function addHeadline<T>(
  report: Report,
  suite: string,
  metric: string,
  unit: string,
  better: 'lower' | 'higher',
  byKind: Map<ServerKind, T[]>,
  pick: (r: T) => number,
  exclude: ServerKind[] = [],
  note?: string,
): void {
  let best: { name: string; v: number; runs: number[] } | null = null
  for (const [kind, runs] of byKind) {
    if (kind === 'ours' || kind === 'ours-normal' || exclude.includes(kind)) continue
    const v = median(runs.map(pick))
    if (!Number.isFinite(v)) continue
    if (!best || (better === 'lower' ? v < best.v : v > best.v)) best = { name: LABELS[kind], v, runs: runs.map(pick) }
  }
  if (!best) return
  const oursRuns = byKind.get('ours')
  const ours = oursRuns ? median(oursRuns.map(pick)) : null
  // The runs go along so the report can apply the inconclusive rule (report.ts).
  const values = oursRuns ? { oursValues: oursRuns.map(pick), peerValues: best.runs } : {}
  report.headlines.push({ suite, metric, unit, ours, bestPeer: best.v, bestPeerName: best.name, better, ...values, ...(note ? { note } : {}) })
}
