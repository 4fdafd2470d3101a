/** Suite 2 — cold load of a stored 1,000-variable / 2,000-link board until a client is fully synced. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { boardMaps } from '@causeway/model'
import { connectClient, createRoom, LABELS, startServer } from '../lib/targets.ts'
import type { Room, ServerHandle, ServerKind } from '../lib/targets.ts'
import { seedLargeBoard } from '../lib/board-gen.ts'
import { nowMs, sleep, waitFor } from '../lib/stats.ts'
import type { Report } from '../lib/report.ts'
import { oursUnavailable } from '../lib/ours.ts'
import { addHeadline } from './headline.ts'
import type { SuiteOptions } from '../lib/options.ts'
import { runOrders } from '../lib/order.ts'

const NODES = 1000
const LINKS = 2000

/** Writes the large board through a real client and waits until a second client sees all of it. */
async function store(kind: ServerKind, server: ServerHandle, room: Room): Promise<() => void> {
  const doc = new Y.Doc()
  const writer = connectClient(kind, server.wsBase, room, doc)
  await writer.synced
  seedLargeBoard(doc, NODES, LINKS)
  const check = new Y.Doc()
  const reader = connectClient(kind, server.wsBase, room, check)
  await reader.synced
  await waitFor(() => boardMaps(check).edges.size >= LINKS, 30_000, 'board stored')
  reader.destroy()
  return () => writer.destroy()
}

/** A fresh client: connect → every node and link applied. */
async function timeLoad(kind: ServerKind, server: ServerHandle, room: Room): Promise<number> {
  const doc = new Y.Doc()
  const t0 = nowMs()
  const c = connectClient(kind, server.wsBase, room, doc, 30_000)
  await c.synced
  await waitFor(() => boardMaps(doc).nodes.size >= NODES && boardMaps(doc).edges.size >= LINKS, 30_000, 'full board')
  const ms = nowMs() - t0
  c.destroy()
  return ms
}

interface Stored {
  kind: ServerKind
  dataDir: string
  room: Room
  /** The reference server has no store: it stays up, measured warm with the board in memory. */
  warm: ServerHandle | null
}

/** Writes the board once; every target but the in-memory reference is then stopped. */
async function prepare(kind: ServerKind): Promise<Stored> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `cw-cold-${kind}-`))
  const server = await startServer(kind, dataDir)
  try {
    const room = await createRoom(kind, server.httpUrl, 'large-board')
    const release = await store(kind, server, room)
    release()
    if (kind === 'yws') return { kind, dataDir, room, warm: server }
    await sleep(kind === 'hocuspocus-sqlite' ? 3000 : 500) // Hocuspocus stores on a 2 s debounce
    await server.stop()
    return { kind, dataDir, room, warm: null }
  } catch (e) {
    await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
    throw e
  }
}

/** One cold load: start the server on its stored data, time a fresh client, stop it. */
async function measureOnce(s: Stored): Promise<number> {
  if (s.warm) return timeLoad(s.kind, s.warm, s.room)
  const server = await startServer(s.kind, s.dataDir)
  try {
    return await timeLoad(s.kind, server, s.room)
  } finally {
    await server.stop()
  }
}

export async function coldLoadSuite(report: Report, opts: SuiteOptions): Promise<void> {
  const reps = opts.quick ? 3 : 5
  const kinds: ServerKind[] = ['yws', 'hocuspocus-sqlite']
  const reason = await oursUnavailable()
  if (reason) report.skip('cold-load', 'Causeway server', reason)
  else kinds.unshift('ours')
  const stored: Stored[] = []
  const values = new Map<ServerKind, number[]>()
  const failed = new Set<ServerKind>()
  try {
    for (const kind of kinds) {
      console.log(`  cold-load: storing the board on ${LABELS[kind]}`)
      try {
        stored.push(await prepare(kind))
      } catch (e) {
        report.skip('cold-load', LABELS[kind], `failed: ${String(e instanceof Error ? e.message : e)}`)
      }
    }
    // Repetition-major, each repetition in its own shuffled order (lib/order.ts), so drift on
    // the machine lands on every target alike instead of on whichever is measured last.
    const orders = runOrders(stored, reps, opts.seed + 1)
    report.order('cold-load', 'loads', orders.map((o) => o.map((s) => LABELS[s.kind])))
    for (const [rep, order] of orders.entries()) {
      for (const s of order) {
        if (failed.has(s.kind)) continue // reported once; its partial runs are dropped
        console.log(`  cold-load: ${LABELS[s.kind]} (run ${rep + 1}/${reps})`)
        try {
          values.set(s.kind, [...(values.get(s.kind) ?? []), await measureOnce(s)])
        } catch (e) {
          failed.add(s.kind)
          values.delete(s.kind)
          report.skip('cold-load', LABELS[s.kind], `failed: ${String(e instanceof Error ? e.message : e)}`)
        }
      }
    }
  } finally {
    for (const s of stored) {
      await s.warm?.stop()
      fs.rmSync(s.dataDir, { recursive: true, force: true })
    }
  }
  const byKind = new Map<ServerKind, number[][]>()
  for (const kind of kinds) {
    const v = values.get(kind)
    if (!v) continue
    byKind.set(kind, v.map((x) => [x]))
    const how = kind === 'yws' ? 'in memory (no store)' : 'server restarted, loads from its SQLite store'
    report.add({ suite: 'cold-load', metric: `connect → ${NODES}/${LINKS} board synced`, target: LABELS[kind], unit: 'ms', values: v, note: how })
  }
  addHeadline(report, 'cold-load', `${NODES}-variable board: cold from SQLite → synced`, 'ms', 'lower', byKind, (r) => r[0] as number, ['yws'], 'both restarted, load from their SQLite store')
  addHeadline(report, 'cold-load', `${NODES}-variable board: ours cold vs reference warm`, 'ms', 'lower', byKind, (r) => r[0] as number, ['hocuspocus-sqlite'], 'the reference keeps it in memory: a floor, not a like-for-like')
}
