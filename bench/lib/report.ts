/** Collects figures from the suites and writes them as Markdown and JSON under bench/results/. */
import os from 'node:os'
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { median } from './stats.ts'

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
}

export interface Skip {
  suite: string
  what: string
  reason: string
}

export class Report {
  figures: Figure[] = []
  headlines: Headline[] = []
  skips: Skip[] = []
  add(f: Figure): void {
    this.figures.push(f)
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

export function headlineRow(h: Headline): string {
  if (!Number.isFinite(h.bestPeer)) {
    return `| ${h.suite} | ${h.metric} | ${fmt(h.ours ?? NaN)} ${h.unit} | no peer measured | – | ${h.note ?? ''} |`
  }
  if (h.ours === null || !Number.isFinite(h.ours)) {
    return `| ${h.suite} | ${h.metric} | not measured | ${fmt(h.bestPeer)} ${h.unit} (${h.bestPeerName}) | – | ${h.note ?? ''} |`
  }
  const ratio = h.better === 'lower' ? h.ours / h.bestPeer : h.bestPeer / h.ours
  const verdict = ratio <= 1.05 ? 'win/tie' : 'we lose'
  return `| ${h.suite} | ${h.metric} | ${fmt(h.ours)} ${h.unit} | ${fmt(h.bestPeer)} ${h.unit} (${h.bestPeerName}) | ${ratio.toFixed(2)}× (${verdict}) | ${h.note ?? ''} |`
}

export function writeReport(report: Report, opts: { quick: boolean; suites: string[]; elapsedMs: number }): string {
  const date = new Date().toISOString()
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', memGB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}`, loadavg: os.loadavg() }
  const lines: string[] = []
  lines.push(`# Causeway benchmarks — ${date}${opts.quick ? ' (quick)' : ''}`, '')
  lines.push(`Machine: ${machine.cpus}× ${machine.cpuModel}, ${machine.memGB} GB, ${machine.platform}, load ${machine.loadavg.map((l) => l.toFixed(2)).join(' ')} (shared machine: absolute numbers are noisy; ratios are measured in the same run).`)
  lines.push(`Versions: ${Object.entries(versions()).map(([k, v]) => `${k} ${v}`).join(', ')}. Suites: ${opts.suites.join(', ')}. Took ${(opts.elapsedMs / 1000).toFixed(0)} s.`, '')
  lines.push('## Headlines', '', '| suite | metric | Causeway | best peer | ratio (>1 = we are worse) | note |', '| --- | --- | --- | --- | --- | --- |')
  for (const h of report.headlines) lines.push(headlineRow(h))
  for (const s of report.skips) lines.push(`| ${s.suite} | ${s.what} | skipped: ${s.reason} | | | |`)
  lines.push('', '## Every figure', '', 'Median over repeated runs, min–max in brackets.', '', '| suite | metric | target | value | unit | note |', '| --- | --- | --- | --- | --- | --- |')
  for (const f of report.figures) {
    lines.push(`| ${f.suite} | ${f.metric} | ${f.target} | ${fmt(median(f.values))}${spread(f.values)} | ${f.unit} | ${f.note ?? ''} |`)
  }
  const md = lines.join('\n') + '\n'
  const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'results')
  fs.mkdirSync(dir, { recursive: true })
  const stamp = opts.quick ? 'latest-quick' : 'latest'
  fs.writeFileSync(path.join(dir, `${stamp}.md`), md)
  fs.writeFileSync(
    path.join(dir, `${stamp}.json`),
    JSON.stringify({ date, quick: opts.quick, machine, versions: versions(), headlines: report.headlines, skips: report.skips, figures: report.figures.map((f) => ({ ...f, median: median(f.values) })) }, null, 2),
  )
  return md
}
