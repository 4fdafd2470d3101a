/**
 * Child-process entry for the sync fan-out suite: holds whole rooms of clients so one clock
 * times both the send and every receiver's apply. IPC: {type:'run', ...LoadConfig} →
 * {type:'connected'} → {type:'go'} → {type:'result', ...}.
 */
import * as Y from 'yjs'
import { boardMaps } from '@causeway/model'
import { connectClient } from './targets.ts'
import type { Client, Room, ServerKind } from './targets.ts'
import { seedSmallBoard, smallEdit, rng } from './board-gen.ts'
import { nowMs, sleep, waitFor } from './stats.ts'

export interface LoadConfig {
  kind: ServerKind
  wsBase: string
  rooms: Room[]
  clientsPerRoom: number
  /** Mean edits per second per client (Poisson). */
  rate: number
  durationMs: number
  seedNodes: number
  /** Fresh clients to join mid-load to time their first sync. */
  firstSyncProbes: number
  seed: number
}

export interface LoadResult {
  latencies: number[]
  sent: number
  completed: number
  deliveries: number
  firstSyncMs: number[]
  connectMs: number
  /** This worker's CPU during the load, % of one core: near 100 means the figures are client-bound. */
  cpuPct: number
}

// y-websocket adds a process 'exit' listener per provider; a worker holds hundreds.
process.setMaxListeners(0)

const LOCAL = Symbol('bench-local')

interface Pending {
  clock: number
  t: number
  remaining: number
}

/** Tracks, per room, when each edit has been applied by every other client. */
class RoomTracker {
  pending = new Map<number, Pending[]>()
  latencies: number[] = []
  deliveries = 0
  constructor(private readonly receivers: number) {}

  sent(cid: number, clock: number, t: number): void {
    let list = this.pending.get(cid)
    if (!list) this.pending.set(cid, (list = []))
    list.push({ clock, t, remaining: this.receivers })
  }

  /** A receiver's state for `cid` moved from `prev` to `next`: every edit in between arrived. */
  applied(cid: number, prev: number, next: number, t: number): void {
    const list = this.pending.get(cid)
    if (!list) return
    for (let i = 0; i < list.length; i++) {
      const p = list[i] as Pending
      if (p.clock > prev && p.clock <= next) {
        this.deliveries++
        if (--p.remaining === 0) {
          this.latencies.push(t - p.t)
          list.splice(i--, 1)
        }
      }
    }
  }
}

async function run(cfg: LoadConfig): Promise<LoadResult> {
  const r = rng(cfg.seed)
  const t0 = nowMs()
  const clients: { doc: Y.Doc; client: Client; room: number }[] = []
  const trackers = cfg.rooms.map(() => new RoomTracker(cfg.clientsPerRoom - 1))
  let measuring = false

  for (let ri = 0; ri < cfg.rooms.length; ri++) {
    const room = cfg.rooms[ri] as Room
    const tracker = trackers[ri] as RoomTracker
    const batch: Promise<void>[] = []
    for (let ci = 0; ci < cfg.clientsPerRoom; ci++) {
      const doc = new Y.Doc()
      const seen = new Map<number, number>()
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === LOCAL) {
          if (measuring) tracker.sent(doc.clientID, Y.parseUpdateMeta(update).to.get(doc.clientID) ?? 0, nowMs())
          return
        }
        const t = nowMs()
        for (const [cid, clk] of Y.parseUpdateMeta(update).to) {
          const prev = seen.get(cid) ?? 0
          if (clk > prev) {
            seen.set(cid, clk)
            if (measuring) tracker.applied(cid, prev, clk, t)
          }
        }
      })
      const client = connectClient(cfg.kind, cfg.wsBase, room, doc)
      clients.push({ doc, client, room: ri })
      if (ci === 0) {
        // The first client of a room seeds the board once, so every later one syncs real content.
        // A bare relay has nobody to answer the first client's sync request: it starts alone.
        if (cfg.kind === 'relay') await Promise.race([client.synced, sleep(300)])
        else await client.synced
        if (boardMaps(doc).nodes.size === 0) seedSmallBoard(doc, cfg.seedNodes, cfg.seedNodes, cfg.seed + ri)
      } else batch.push(client.synced)
    }
    await Promise.all(batch)
    for (const c of clients.filter((c) => c.room === ri)) {
      await waitFor(() => boardMaps(c.doc).nodes.size >= cfg.seedNodes, 20_000, 'seed content')
    }
  }
  const connectMs = nowMs() - t0
  process.send?.({ type: 'connected' })
  await new Promise<void>((res) => process.once('message', () => res()))

  measuring = true
  const cpu0 = process.cpuUsage()
  const wall0 = nowMs()
  let sent = 0
  const end = nowMs() + cfg.durationMs
  const timers = new Set<NodeJS.Timeout>()
  const schedule = (c: (typeof clients)[number]): void => {
    const wait = (-Math.log(1 - r()) / cfg.rate) * 1000
    const timer = setTimeout(() => {
      timers.delete(timer)
      if (nowMs() >= end) return
      smallEdit(c.doc, r, LOCAL)
      sent++
      schedule(c)
    }, wait)
    timers.add(timer)
  }
  clients.forEach(schedule)

  const firstSyncMs: number[] = []
  await sleep(cfg.durationMs / 3)
  for (let i = 0; i < cfg.firstSyncProbes && nowMs() < end; i++) {
    const doc = new Y.Doc()
    const started = nowMs()
    const probe = connectClient(cfg.kind, cfg.wsBase, cfg.rooms[i % cfg.rooms.length] as Room, doc, 10_000)
    try {
      await probe.synced
      firstSyncMs.push(nowMs() - started)
    } catch {
      // A probe that never syncs counts as its 10 s cap, not as a missing figure.
      firstSyncMs.push(10_000)
    }
    probe.destroy()
    await sleep(200)
  }
  await sleep(Math.max(0, end - nowMs()))
  for (const t of timers) clearTimeout(t)
  const cpu = process.cpuUsage(cpu0)
  const cpuPct = (100 * (cpu.user + cpu.system)) / 1000 / (nowMs() - wall0)
  // Drain: give in-flight edits a bounded time to reach everyone before counting losses.
  const drainEnd = nowMs() + 3000
  while (nowMs() < drainEnd && trackers.some((t) => [...t.pending.values()].some((l) => l.length > 0))) await sleep(20)
  measuring = false
  for (const c of clients) c.client.destroy()
  return {
    latencies: trackers.flatMap((t) => t.latencies),
    sent,
    completed: trackers.reduce((a, t) => a + t.latencies.length, 0),
    deliveries: trackers.reduce((a, t) => a + t.deliveries, 0),
    firstSyncMs,
    connectMs,
    cpuPct,
  }
}

process.once('message', (m: { type: string } & LoadConfig) => {
  run(m).then(
    (res) => {
      process.send?.({ type: 'result', ...res }, () => process.exit(0))
    },
    (err: unknown) => {
      process.send?.({ type: 'error', error: String(err instanceof Error ? err.message : err) }, () => process.exit(1))
    },
  )
})
