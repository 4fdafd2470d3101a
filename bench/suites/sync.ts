/** Suite 1 — sync fan-out under load, each server in its own process, clients in others. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ChildProcess } from 'node:child_process'
import { forkTs, nextMessage } from '../lib/procs.ts'
import { createRoom, LABELS, startServer } from '../lib/targets.ts'
import type { ServerKind } from '../lib/targets.ts'
import type { LoadConfig, LoadResult } from '../lib/load-worker.ts'
import { median, percentiles } from '../lib/stats.ts'
import type { Report } from '../lib/report.ts'
import { oursUnavailable } from '../lib/ours.ts'
import { addHeadline } from './headline.ts'

const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'load-worker.ts')

interface Load {
  name: string
  rooms: number
  clients: number
  rate: number
  workers: number
}

const LOADS: Load[] = [
  // A busy workshop room: 30 people each making ~2 small edits a second.
  { name: '1 room × 30 clients', rooms: 1, clients: 30, rate: 2, workers: 1 },
  // A school at once: 1,500 sockets; most people are reading, ~1 edit every 5 s each.
  { name: '60 rooms × 25 clients', rooms: 60, clients: 25, rate: 0.2, workers: 2 },
]

interface RunFigures {
  p50: number
  p95: number
  p99: number
  throughput: number
  completion: number
  cpuPct: number
  rssMB: number
  firstSync: number
  clientCpu: number
}

async function runOnce(kind: ServerKind, load: Load, durationMs: number, seed: number): Promise<RunFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `cw-bench-${kind}-`))
  const server = await startServer(kind, dataDir)
  const kids: ChildProcess[] = []
  try {
    const rooms = []
    for (let i = 0; i < load.rooms; i++) rooms.push(await createRoom(kind, server.httpUrl, `room-${seed}-${i}`))
    const per = Math.ceil(load.rooms / load.workers)
    for (let w = 0; w < load.workers; w++) {
      const child = forkTs(worker, [])
      kids.push(child)
      const cfg: LoadConfig = {
        kind,
        wsBase: server.wsBase,
        rooms: rooms.slice(w * per, (w + 1) * per),
        clientsPerRoom: load.clients,
        rate: load.rate,
        durationMs,
        seedNodes: 30,
        // Not on the relay: there every peer answers a newcomer with its whole doc, a storm that
        // would bury the relay's latency floor.
        firstSyncProbes: w === 0 && kind !== 'relay' ? 3 : 0,
        seed: seed * 100 + w,
      }
      child.send({ type: 'run', ...cfg })
    }
    await Promise.all(kids.map((k) => nextMessage(k, 'connected', 180_000)))
    await server.reset()
    const results = kids.map((k) => nextMessage<{ type: 'result' } & LoadResult>(k, 'result', durationMs + 60_000))
    for (const k of kids) k.send({ type: 'go' })
    const res = await Promise.all(results)
    const st = await server.stats()
    const lat = percentiles(res.flatMap((r) => r.latencies))
    const sent = res.reduce((a, r) => a + r.sent, 0)
    const completed = res.reduce((a, r) => a + r.completed, 0)
    return {
      ...lat,
      throughput: res.reduce((a, r) => a + r.deliveries, 0) / (durationMs / 1000),
      completion: sent ? (100 * completed) / sent : NaN,
      cpuPct: (100 * st.cpuMs) / st.wallMs,
      rssMB: st.peakRss / 2 ** 20,
      firstSync: median(res.flatMap((r) => r.firstSyncMs)),
      clientCpu: Math.max(...res.map((r) => r.cpuPct)),
    }
  } finally {
    for (const k of kids) if (k.exitCode === null) k.kill('SIGKILL')
    await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

const METRICS: { key: keyof RunFigures; metric: string; unit: string; better: 'lower' | 'higher' }[] = [
  { key: 'p50', metric: 'fan-out latency p50', unit: 'ms', better: 'lower' },
  { key: 'p95', metric: 'fan-out latency p95', unit: 'ms', better: 'lower' },
  { key: 'p99', metric: 'fan-out latency p99', unit: 'ms', better: 'lower' },
  { key: 'throughput', metric: 'updates applied by clients', unit: '/s', better: 'higher' },
  { key: 'completion', metric: 'edits reaching every client', unit: '%', better: 'higher' },
  { key: 'cpuPct', metric: 'server CPU', unit: '% of a core', better: 'lower' },
  { key: 'rssMB', metric: 'server peak RSS', unit: 'MB', better: 'lower' },
  { key: 'firstSync', metric: 'time to first sync (new client, under load; 10 s cap)', unit: 'ms', better: 'lower' },
  { key: 'clientCpu', metric: 'busiest load worker CPU (≥ 90: client-bound)', unit: '% of a core', better: 'lower' },
]

export async function syncSuite(report: Report, quick: boolean): Promise<void> {
  const reason = await oursUnavailable()
  const kinds: ServerKind[] = ['yws', 'hocuspocus', 'relay']
  if (reason) report.skip('sync', 'Causeway server', reason)
  else kinds.unshift('ours', 'ours-normal')
  const reps = quick ? 1 : 2
  const durationMs = quick ? 4000 : 6000
  for (const load of LOADS) {
    const byKind = new Map<ServerKind, RunFigures[]>()
    for (let rep = 0; rep < reps; rep++) {
      for (const kind of kinds) {
        console.log(`  sync: ${load.name} → ${LABELS[kind]} (run ${rep + 1}/${reps})`)
        try {
          const f = await runOnce(kind, load, durationMs, rep + 1)
          byKind.set(kind, [...(byKind.get(kind) ?? []), f])
        } catch (e) {
          report.skip('sync', `${load.name} ${LABELS[kind]}`, `failed: ${String(e instanceof Error ? e.message : e)}`)
        }
      }
    }
    for (const m of METRICS) {
      for (const [kind, runs] of byKind) {
        report.add({ suite: 'sync', metric: `${m.metric} — ${load.name}`, target: LABELS[kind], unit: m.unit, values: runs.map((r) => r[m.key]) })
      }
      if (['p95', 'cpuPct', 'rssMB', 'firstSync'].includes(m.key)) {
        const worst = Math.max(...[...byKind.values()].flat().map((r) => r.clientCpu))
        const note = m.key !== 'cpuPct' && m.key !== 'rssMB' && worst >= 90 ? `client-bound run (a load worker at ${worst.toFixed(0)}% CPU): latency ratio unreliable` : undefined
        addHeadline(report, 'sync', `${m.metric} — ${load.name}`, m.unit, m.better, byKind, (r) => r[m.key], ['relay'], note)
      }
    }
  }
}
