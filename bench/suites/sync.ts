/** Suite 1 — sync fan-out under load, each server in its own process, clients in others. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ChildProcess } from 'node:child_process'
import { forkTs, nextMessage, stopChild } from '../lib/procs.ts'
import { createRoom, LABELS, startServer } from '../lib/targets.ts'
import type { Room, ServerKind } from '../lib/targets.ts'
import type { LoadConfig, LoadResult } from '../lib/load-worker.ts'
import type { ProbePlan } from '../lib/probe-worker.ts'
import { median, nowMs, percentiles, sleep } from '../lib/stats.ts'
import type { Report } from '../lib/report.ts'
import type { SuiteOptions } from '../lib/options.ts'
import { runOrders } from '../lib/order.ts'
import { oursUnavailable } from '../lib/ours.ts'
import { histogramDelta, histogramQuantile, scrapeHistogram, STORE_WRITE_HISTOGRAM } from '../lib/prom-histogram.ts'
import type { Histogram } from '../lib/prom-histogram.ts'
import { addHeadline } from './headline.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const loadWorker = path.join(here, '..', 'lib', 'load-worker.ts')
const probeWorker = path.join(here, '..', 'lib', 'probe-worker.ts')

interface Load {
  name: string
  rooms: number
  clients: number
  rate: number
  workers: number
  /** Repetitions × measured window; README "Time budget" says how these were chosen. */
  reps: number
  durationMs: number
  /**
   * Wall-clock budget for this load: no new repetition starts once the next one (estimated from
   * the mean so far) would end past it, but at least MIN_REPS always run. Whole repetitions
   * only, so every target keeps the same number of runs.
   */
  budgetS: number
}

const LOADS: Load[] = [
  // A busy workshop room: 30 people each making ~2 small edits a second.
  { name: '1 room × 30 clients', rooms: 1, clients: 30, rate: 2, workers: 1, reps: 6, durationMs: 4000, budgetS: 200 },
  // A school at once: 1,500 sockets; most people are reading, ~1 edit every 5 s each.
  { name: '60 rooms × 25 clients', rooms: 60, clients: 25, rate: 0.2, workers: 2, reps: 4, durationMs: 4000, budgetS: 220 },
]
const QUICK = { reps: 2, durationMs: 3000, budgetS: 150 }
const MIN_REPS = 3

/** Time-to-first-sync probes per run: started at these shares of the window, each capped. */
const PROBE_AT = [0.25, 0.5, 0.75]
const PROBE_CAP_MS = 10_000
const OURS: ServerKind[] = ['ours', 'ours-normal']

interface RunFigures {
  p50: number
  p95: number
  p99: number
  delivered: number
  offered: number
  completion: number
  cpuPct: number
  rssMB: number
  eldP50: number
  eldP99: number
  eldMax: number
  storeP99: number
  storeMean: number
  storeWrites: number
  firstSync: number
  probes: number[]
  clientCpu: number
}

/** The long-lived probe process (probe-worker.ts). */
interface Prober {
  warm: (p: ProbePlan) => Promise<void>
  run: (p: ProbePlan) => Promise<number[]>
  stop: () => Promise<void>
}

async function startProber(): Promise<Prober> {
  const child = forkTs(probeWorker, [])
  await nextMessage(child, 'ready', 30_000)
  return {
    warm: async (p) => {
      child.send({ type: 'warm', ...p })
      await nextMessage(child, 'warm-ok', p.capMs + 5000)
    },
    run: async (p) => {
      child.send({ type: 'probe', ...p })
      const bound = Math.max(...p.offsetsMs) + p.capMs + 5000
      return (await nextMessage<{ type: 'probes'; ms: number[] }>(child, 'probes', bound)).ms
    },
    stop: () => stopChild(child),
  }
}

async function runOnce(kind: ServerKind, load: Load, durationMs: number, seed: number, prober: Prober | null): Promise<RunFigures> {
  const t0 = nowMs()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `cw-bench-${kind}-`))
  // Workers are forked first: they load their modules while the server starts (setup time only).
  const kids: ChildProcess[] = Array.from({ length: load.workers }, () => forkTs(loadWorker, []))
  // Listening at once: a 'ready' that arrives while the server starts must not be missed.
  const ready = Promise.all(kids.map((k) => nextMessage(k, 'ready', 60_000)))
  ready.catch(() => undefined) // awaited below; this only keeps an early failure from going unhandled
  const server = await startServer(kind, dataDir).catch((e: unknown) => {
    for (const k of kids) k.kill('SIGKILL')
    throw e
  })
  try {
    const rooms: Room[] = []
    for (let i = 0; i < load.rooms; i++) rooms.push(await createRoom(kind, server.httpUrl, `room-${seed}-${i}`))
    const per = Math.ceil(load.rooms / load.workers)
    await ready
    for (const [w, child] of kids.entries()) {
      const cfg: LoadConfig = {
        kind,
        wsBase: server.wsBase,
        rooms: rooms.slice(w * per, (w + 1) * per),
        clientsPerRoom: load.clients,
        rate: load.rate,
        durationMs,
        maxOverrunMs: durationMs + PROBE_CAP_MS + 10_000,
        seedNodes: 30,
        seed: seed * 100 + w,
      }
      child.send({ type: 'run', ...cfg })
    }
    await Promise.all(kids.map((k) => nextMessage(k, 'connected', 180_000)))
    // Not on the relay: there every peer answers a newcomer with its whole doc, a storm that
    // would bury the relay's latency floor.
    const plan: ProbePlan | null =
      prober && kind !== 'relay' ? { kind, wsBase: server.wsBase, rooms, offsetsMs: PROBE_AT.map((f) => f * durationMs), capMs: PROBE_CAP_MS } : null
    if (plan) await prober?.warm(plan)
    const t1 = nowMs()

    await server.reset()
    const ours = OURS.includes(kind)
    const before = ours ? await scrapeHistogram(server.httpUrl, STORE_WRITE_HISTOGRAM) : null
    const results = Promise.all(kids.map((k) => nextMessage<{ type: 'result' } & LoadResult>(k, 'result', 2 * durationMs + PROBE_CAP_MS + 60_000)))
    for (const k of kids) k.send({ type: 'go' })
    const probing = plan ? (prober as Prober).run(plan) : Promise.resolve([])
    // Both are awaited below; if a step in between throws, their later rejection is not news.
    results.catch(() => undefined)
    probing.catch(() => undefined)
    await sleep(durationMs)
    // Server-side figures cover exactly the measured window (reset → window end).
    const st = await server.stats()
    const after = ours ? await scrapeHistogram(server.httpUrl, STORE_WRITE_HISTOGRAM) : null
    const probes = await probing
    const t2 = nowMs()
    for (const k of kids) k.send({ type: 'stop' })
    const res = await results
    const lat = percentiles(res.flatMap((r) => r.latencies))
    const sent = res.reduce((a, r) => a + r.sent, 0)
    const completed = res.reduce((a, r) => a + r.completed, 0)
    const store = storeFigures(before, after)
    console.log(`    connect ${((t1 - t0) / 1000).toFixed(1)} s, window ${(durationMs / 1000).toFixed(1)} s, probes +${((t2 - t1) / 1000 - durationMs / 1000).toFixed(1)} s, total ${((nowMs() - t0) / 1000).toFixed(1)} s`)
    return {
      ...lat,
      delivered: res.reduce((a, r) => a + r.deliveries, 0) / (durationMs / 1000),
      offered: (sent * (load.clients - 1)) / (durationMs / 1000),
      completion: sent ? (100 * completed) / sent : NaN,
      cpuPct: (100 * st.cpuMs) / st.wallMs,
      rssMB: st.peakRss / 2 ** 20,
      eldP50: st.eldP50,
      eldP99: st.eldP99,
      eldMax: st.eldMax,
      ...store,
      firstSync: median(probes),
      probes,
      clientCpu: Math.max(...res.map((r) => r.cpuPct)),
    }
  } finally {
    for (const k of kids) if (k.exitCode === null) k.kill('SIGKILL')
    await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Store write latency over the window, from two scrapes of our /metrics. */
function storeFigures(before: Histogram | null, after: Histogram | null): Pick<RunFigures, 'storeP99' | 'storeMean' | 'storeWrites'> {
  if (!before || !after) return { storeP99: NaN, storeMean: NaN, storeWrites: NaN }
  const d = histogramDelta(before, after)
  const q = histogramQuantile(d, 0.99)
  // Past the last finite bucket (1 s) the estimate is that bound: a floor, not a figure.
  return { storeP99: q.value * 1000, storeMean: d.count ? (1000 * d.sum) / d.count : NaN, storeWrites: d.count }
}

interface Metric {
  key: Exclude<keyof RunFigures, 'probes'>
  metric: string
  unit: string
  better: 'lower' | 'higher'
  only?: ServerKind[]
  headline?: boolean
}

const METRICS: Metric[] = [
  { key: 'p50', metric: 'fan-out latency p50', unit: 'ms', better: 'lower' },
  { key: 'p95', metric: 'fan-out latency p95', unit: 'ms', better: 'lower', headline: true },
  { key: 'p99', metric: 'fan-out latency p99', unit: 'ms', better: 'lower' },
  // At a fixed offered load a healthy server delivers what is offered: this echoes the load, it
  // is not a capacity figure (README, "Throughput").
  { key: 'offered', metric: 'offered load (edits sent × receivers)', unit: '/s', better: 'higher' },
  { key: 'delivered', metric: 'offered load delivered (updates applied by clients; not capacity)', unit: '/s', better: 'higher' },
  { key: 'completion', metric: 'edits reaching every client', unit: '%', better: 'higher' },
  { key: 'cpuPct', metric: 'server CPU', unit: '% of a core', better: 'lower', headline: true },
  { key: 'rssMB', metric: 'server peak RSS', unit: 'MB', better: 'lower', headline: true },
  { key: 'eldP50', metric: 'server event-loop delay p50', unit: 'ms', better: 'lower' },
  { key: 'eldP99', metric: 'server event-loop delay p99', unit: 'ms', better: 'lower' },
  { key: 'eldMax', metric: 'server event-loop delay max', unit: 'ms', better: 'lower' },
  { key: 'storeP99', metric: 'store write p99 (causeway_store_write_seconds, interpolated in its buckets)', unit: 'ms', better: 'lower', only: OURS },
  { key: 'storeMean', metric: 'store write mean (histogram sum / count)', unit: 'ms', better: 'lower', only: OURS },
  { key: 'storeWrites', metric: 'store write transactions in the window', unit: '', better: 'lower', only: OURS },
  { key: 'firstSync', metric: `time to first sync (new client, under load; ${PROBE_CAP_MS / 1000} s cap)`, unit: 'ms', better: 'lower', headline: true },
  { key: 'clientCpu', metric: 'busiest load worker CPU (≥ 90: client-bound)', unit: '% of a core', better: 'lower' },
]

function rowNote(m: Metric, runs: RunFigures[]): string | undefined {
  if (m.key === 'firstSync') {
    const all = runs.flatMap((r) => r.probes)
    if (!all.length) return 'not probed'
    const capped = all.filter((v) => v >= PROBE_CAP_MS).length
    return `median per run of ${PROBE_AT.length} probes (${all.length} in all${capped ? `, ${capped} hit the cap` : ''})`
  }
  if (m.key === 'storeP99' && runs.some((r) => r.storeP99 >= 1000)) return 'past the last bucket (1 s): a floor'
  return undefined
}

export async function syncSuite(report: Report, opts: SuiteOptions): Promise<void> {
  const reason = await oursUnavailable()
  const kinds: ServerKind[] = ['yws', 'hocuspocus', 'relay']
  if (reason) report.skip('sync', 'Causeway server', reason)
  else kinds.unshift('ours', 'ours-normal')
  const prober = await startProber()
  try {
    for (const [li, load] of LOADS.entries()) {
      const { reps, durationMs, budgetS } = opts.quick ? QUICK : load
      // Repetition-major, each repetition in its own shuffled order (lib/order.ts); the workload
      // seed is the repetition's, so within one every target gets the same edits.
      const orders = runOrders(kinds, reps, opts.seed + 10 + li)
      const byKind = new Map<ServerKind, RunFigures[]>()
      const t0 = Date.now()
      let done = 0
      for (const [rep, order] of orders.entries()) {
        const elapsed = (Date.now() - t0) / 1000
        if (rep >= Math.min(MIN_REPS, reps) && elapsed + elapsed / rep > budgetS) break
        done++
        for (const kind of order) {
          console.log(`  sync: ${load.name} → ${LABELS[kind]} (run ${rep + 1}/${reps})`)
          try {
            const f = await runOnce(kind, load, durationMs, rep + 1, prober)
            byKind.set(kind, [...(byKind.get(kind) ?? []), f])
          } catch (e) {
            report.skip('sync', `${load.name} ${LABELS[kind]} run ${rep + 1}`, `failed: ${String(e instanceof Error ? e.message : e)}`)
          }
        }
      }
      const cut = done < reps ? ` (${done} of ${reps} repetitions: the ${budgetS} s budget ran out)` : ''
      if (cut) console.log(`  sync: ${load.name}${cut}`)
      report.order('sync', `${load.name}${cut}`, orders.slice(0, done).map((o) => o.map((k) => LABELS[k])))
      addFigures(report, load, kinds, byKind)
    }
  } finally {
    await prober.stop()
  }
}

function addFigures(report: Report, load: Load, kinds: ServerKind[], byKind: Map<ServerKind, RunFigures[]>): void {
  const worst = Math.max(...[...byKind.values()].flat().map((r) => r.clientCpu))
  for (const m of METRICS) {
    for (const kind of kinds) {
      const runs = byKind.get(kind)
      if (!runs || (m.only && !m.only.includes(kind))) continue
      const note = rowNote(m, runs)
      report.add({ suite: 'sync', metric: `${m.metric} — ${load.name}`, target: LABELS[kind], unit: m.unit, values: runs.map((r) => r[m.key]), ...(note ? { note } : {}) })
    }
    if (m.headline) {
      const latency = m.key !== 'cpuPct' && m.key !== 'rssMB'
      const note = latency && worst >= 90 ? `client-bound run (a load worker at ${worst.toFixed(0)}% CPU): latency ratio unreliable` : undefined
      addHeadline(report, 'sync', `${m.metric} — ${load.name}`, m.unit, m.better, byKind, (r) => r[m.key], ['relay'], note)
    }
  }
}
