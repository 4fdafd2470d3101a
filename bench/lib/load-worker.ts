/**
 * Child-process entry for the sync fan-out suite: holds whole rooms of clients so one clock
 * times both the send and every receiver's apply. IPC: sends {type:'ready'}; {type:'run', ...LoadConfig} →
 * {type:'connected'} → {type:'go'} → {type:'stop'} → {type:'result', ...}.
 *
 * Edits sent in the first `durationMs` after go are the measured ones. The load then goes on,
 * unmeasured, until the suite says stop: the time-to-first-sync probes (probe-worker.ts) run on
 * a fixed schedule and must see the same load until the last one settles, however slow the
 * server is. Time to first sync is not measured here: a worker holding hundreds of busy clients
 * would delay its own probes.
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
  /** The measured window after go; the load goes on past it until {type:'stop'}. */
  durationMs: number
  /** Bound on the wait for stop after the window, so a lost message cannot hang the worker. */
  maxOverrunMs: number
  seedNodes: number
  seed: number
}

export interface LoadResult {
  latencies: number[]
  sent: number
  completed: number
  deliveries: number
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

/**
 * The relay keeps no state and drops the sync handshake (server-host.ts says why), so relay
 * clients all start from the same seeded board, one encoded update applied before connecting.
 * Unmeasured setup only; the measured edits are the same small updates as on every target.
 */
function relaySeed(nodes: number, seed: number): Uint8Array {
  const doc = new Y.Doc()
  seedSmallBoard(doc, nodes, nodes, seed)
  return Y.encodeStateAsUpdate(doc)
}

/**
 * Waits until this worker's own event loop has caught up with the connect phase (two 50 ms
 * sleeps in a row that are less than 50 ms late), bounded: a backlog of sync messages still
 * being applied would otherwise delay the first measured edits on whichever target left one.
 */
async function settle(maxMs: number): Promise<void> {
  const end = nowMs() + maxMs
  for (let calm = 0; calm < 2 && nowMs() < end; ) {
    const t = nowMs()
    await sleep(50)
    calm = nowMs() - t < 100 ? calm + 1 : 0
  }
}

async function run(cfg: LoadConfig): Promise<LoadResult> {
  const r = rng(cfg.seed)
  const t0 = nowMs()
  const clients: { doc: Y.Doc; client: Client; room: number }[] = []
  const trackers = cfg.rooms.map(() => new RoomTracker(cfg.clientsPerRoom - 1))
  // measuring: receivers' applies count; tracked: the local edit being made is a measured one
  // (set just before each edit, read by its synchronous 'update' event).
  let measuring = false
  let tracked = false

  for (let ri = 0; ri < cfg.rooms.length; ri++) {
    const room = cfg.rooms[ri] as Room
    const tracker = trackers[ri] as RoomTracker
    const batch: Promise<void>[] = []
    const prefill = cfg.kind === 'relay' ? relaySeed(cfg.seedNodes, cfg.seed + ri) : null
    for (let ci = 0; ci < cfg.clientsPerRoom; ci++) {
      const doc = new Y.Doc()
      if (prefill) Y.applyUpdate(doc, prefill)
      const seen = new Map<number, number>()
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === LOCAL) {
          if (tracked) tracker.sent(doc.clientID, Y.parseUpdateMeta(update).to.get(doc.clientID) ?? 0, nowMs())
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
      if (prefill) continue // never synced by a relay: waited for as open sockets below
      if (ci === 0) {
        // The first client of a room seeds the board once, so every later one syncs real content.
        await client.synced
        if (boardMaps(doc).nodes.size === 0) seedSmallBoard(doc, cfg.seedNodes, cfg.seedNodes, cfg.seed + ri)
      } else batch.push(client.synced)
    }
    await Promise.all(batch)
    if (prefill) {
      const mine = clients.filter((c) => c.room === ri)
      await waitFor(() => mine.every((c) => c.client.connected?.() === true), 30_000, 'relay sockets open')
    }
    for (const c of clients.filter((c) => c.room === ri)) {
      await waitFor(() => boardMaps(c.doc).nodes.size >= cfg.seedNodes, 20_000, 'seed content')
    }
  }
  await settle(5000)
  const connectMs = nowMs() - t0
  process.send?.({ type: 'connected' })
  await parentMessage('go', 600_000)
  // Listening from go on: the suite may say stop before this worker's own window has elapsed.
  const stopped = parentMessage('stop', cfg.durationMs + cfg.maxOverrunMs).catch(() => undefined)

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
      tracked = nowMs() < end
      if (tracked) sent++
      smallEdit(c.doc, r, LOCAL)
      tracked = false
      schedule(c)
    }, wait)
    timers.add(timer)
  }
  clients.forEach(schedule)

  await sleep(cfg.durationMs)
  const cpu = process.cpuUsage(cpu0)
  const cpuPct = (100 * (cpu.user + cpu.system)) / 1000 / (nowMs() - wall0)
  // Unmeasured load until the suite's probes are done (bounded).
  await stopped
  for (const t of timers) clearTimeout(t)
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
    connectMs,
    cpuPct,
  }
}

/** The next IPC message of `type` from the suite, bounded. */
function parentMessage(type: string, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onMsg = (m: { type?: string }): void => {
      if (m.type !== type) return
      clearTimeout(timer)
      process.off('message', onMsg)
      resolve()
    }
    const timer = setTimeout(() => {
      process.off('message', onMsg)
      reject(new Error(`timeout waiting for ${type}`))
    }, timeoutMs)
    process.on('message', onMsg)
  })
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
process.send?.({ type: 'ready' })
