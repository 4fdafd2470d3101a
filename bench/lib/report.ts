/** Collects figures from the suites and writes them as Markdown and JSON under bench/results/. */
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { INCONCLUSIVE_OVERLAP, median, rangeOverlap } from './stats.ts'

export interface Figure {
  suite: string
  metric: string
  target: string
  unit: string
  /** One value per repeated run; the table shows the median and the min–max spread. */
  values: number[]
  note?: string
}

/** A suite's headline: our figure against the best peer, lower or higher being better. */
export interface Headline {
  suite: string
  metric: string
  unit: string
  ours: number | null
  bestPeer: number
  bestPeerName: string
  better: 'lower' | 'higher'
  note?: string
  /** Every run's value behind `ours` and `bestPeer`, when repeated: the inconclusive rule needs them. */
  oursValues?: number[]
  peerValues?: number[]
}

export interface Skip {
  suite: string
  what: string
  reason: string
}

/** The order targets took turns in, one list per repetition (see lib/order.ts). */
export interface RunOrder {
  suite: string
  what: string
  orders: string[][]
}

export class Report {
  figures: Figure[] = []
  headlines: Headline[] = []
  skips: Skip[] = []
  orders: RunOrder[] = []
  add(f: Figure): void {
    this.figures.push(f)
  }
  order(suite: string, what: string, orders: string[][]): void {
    this.orders.push({ suite, what, orders })
  }
  skip(suite: string, what: string, reason: string): void {
    reason = reason.split('\n')[0]?.replaceAll('|', '/') ?? ''
    this.skips.push({ suite, what, reason })
    console.log(`  skipped ${suite}/${what}: ${reason}`)
  }
}

const fmt = (v: number): string =>
  !Number.isFinite(v) ? 'n/a' : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2)

function spread(values: number[]): string {
  const ok = values.filter(Number.isFinite)
  if (ok.length < 2) return ''
  return ` (${fmt(Math.min(...ok))}–${fmt(Math.max(...ok))})`
}

function resolveAny(req: NodeJS.Require, name: string): string {
  try {
    return req.resolve(name)
  } catch {
    return req.resolve(`${name}/utils`)
  }
}

/** Some packages do not export ./package.json: walk up from their entry point instead. */
function pkgVersion(req: NodeJS.Require, name: string): string {
  try {
    let dir = path.dirname(resolveAny(req, name))
    for (let i = 0; i < 5; i++, dir = path.dirname(dir)) {
      const f = path.join(dir, 'package.json')
      if (!fs.existsSync(f)) continue
      const pkg = JSON.parse(fs.readFileSync(f, 'utf8')) as { name?: string; version: string }
      if (pkg.name === name) return pkg.version
    }
  } catch {
    // fall through
  }
  return 'unknown'
}

function versions(): Record<string, string> {
  const req = createRequire(import.meta.url)
  const out: Record<string, string> = { node: process.version }
  for (const p of ['yjs', 'ws', 'y-websocket', '@y/websocket-server', '@hocuspocus/server', '@hocuspocus/extension-sqlite', 'elementary-circuits-directed-graph']) {
    out[p] = pkgVersion(req, p)
  }
  return out
}

/**
 * The rule (README, "Inconclusive"): with repeated runs on both sides, a ratio is inconclusive
 * when the two min–max ranges overlap by more than half of the narrower one; a single run on
 * either side has no spread to judge by, so it is inconclusive too. null = conclusive.
 */
export function inconclusive(h: Headline): string | null {
  if (!h.oursValues || !h.peerValues) return null
  const a = h.oursValues.filter(Number.isFinite)
  const b = h.peerValues.filter(Number.isFinite)
  if (a.length < 2 || b.length < 2) return 'inconclusive: 1 run'
  const share = rangeOverlap(a, b)
  return share > INCONCLUSIVE_OVERLAP ? `inconclusive: ranges overlap ${(100 * share).toFixed(0)}%` : null
}

export function headlineRow(h: Headline): string {
  if (!Number.isFinite(h.bestPeer)) {
    return `| ${h.suite} | ${h.metric} | ${fmt(h.ours ?? NaN)} ${h.unit} | no peer measured | – | ${h.note ?? ''} |`
  }
  if (h.ours === null || !Number.isFinite(h.ours)) {
    return `| ${h.suite} | ${h.metric} | not measured | ${fmt(h.bestPeer)} ${h.unit} (${h.bestPeerName}) | – | ${h.note ?? ''} |`
  }
  const ratio = h.better === 'lower' ? h.ours / h.bestPeer : h.bestPeer / h.ours
  const byMedian = ratio <= 1.05 ? 'win/tie' : 'we lose'
  const unsure = inconclusive(h)
  const verdict = unsure ? `${unsure}; medians say ${byMedian}` : byMedian
  const ours = `${fmt(h.ours)}${spread(h.oursValues ?? [])} ${h.unit}`
  const peer = `${fmt(h.bestPeer)}${spread(h.peerValues ?? [])} ${h.unit} (${h.bestPeerName})`
  return `| ${h.suite} | ${h.metric} | ${ours} | ${peer} | ${ratio.toFixed(2)}× (${verdict}) | ${h.note ?? ''} |`
}

export function writeReport(report: Report, opts: { quick: boolean; suites: string[]; elapsedMs: number; seed: number }): string {
  const date = new Date().toISOString()
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', memGB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}`, loadavg: os.loadavg() }
  const lines: string[] = []
  lines.push(`# Causeway benchmarks — ${date}${opts.quick ? ' (quick)' : ''}`, '')
  lines.push(`Machine: ${machine.cpus}× ${machine.cpuModel}, ${machine.memGB} GB, ${machine.platform}, load ${machine.loadavg.map((l) => l.toFixed(2)).join(' ')} (shared machine: absolute numbers are noisy; ratios are measured in the same run).`)
  lines.push(`Versions: ${Object.entries(versions()).map(([k, v]) => `${k} ${v}`).join(', ')}. Suites: ${opts.suites.join(', ')}. Took ${(opts.elapsedMs / 1000).toFixed(0)} s. Order seed ${opts.seed} (replay with \`--seed ${opts.seed}\`).`, '')
  lines.push('## Headlines', '', 'Median, min–max over runs in brackets. A ratio is *inconclusive* when the two ranges overlap by more than half of the narrower one (README).', '', '| suite | metric | Causeway | best peer | ratio (>1 = we are worse) | note |', '| --- | --- | --- | --- | --- | --- |')
  for (const h of report.headlines) lines.push(headlineRow(h))
  for (const s of report.skips) lines.push(`| ${s.suite} | ${s.what} | skipped: ${s.reason} | | | |`)
  lines.push('', '## Every figure', '', 'Median over repeated runs, min–max in brackets.', '', '| suite | metric | target | value | unit | note |', '| --- | --- | --- | --- | --- | --- |')
  for (const f of report.figures) {
    lines.push(`| ${f.suite} | ${f.metric} | ${f.target} | ${fmt(median(f.values))}${spread(f.values)} | ${f.unit} | ${f.note ?? ''} |`)
  }
  if (report.orders.length) lines.push('', '## Run order', '', 'Targets took turns in a seeded shuffled order, one per repetition (`lib/order.ts`).', '')
  for (const o of report.orders) lines.push(`- ${o.suite}, ${o.what}: ${o.orders.map((ord, i) => `${i + 1}) ${ord.join(' → ')}`).join('; ')}`)
  const md = lines.join('\n') + '\n'
  const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'results')
  fs.mkdirSync(dir, { recursive: true })
  const stamp = opts.quick ? 'latest-quick' : 'latest'
  fs.writeFileSync(path.join(dir, `${stamp}.md`), md)
  fs.writeFileSync(
    path.join(dir, `${stamp}.json`),
    JSON.stringify({ date, quick: opts.quick, seed: opts.seed, machine, versions: versions(), headlines: report.headlines.map((h) => ({ ...h, inconclusive: inconclusive(h) })), skips: report.skips, orders: report.orders, figures: report.figures.map((f) => ({ ...f, median: median(f.values) })) }, null, 2),
  )
  return md
}
