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

async function measure(kind: ServerKind, reps: number): Promise<number[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `cw-cold-${kind}-`))
  const out: number[] = []
  let server = await startServer(kind, dataDir)
  try {
    const room = await createRoom(kind, server.httpUrl, 'large-board')
    const release = await store(kind, server, room)
    if (kind === 'yws') {
      // The reference server has no store: it is measured warm, with the board held in memory.
      for (let i = 0; i < reps; i++) out.push(await timeLoad(kind, server, room))
      release()
      return out
    }
    release()
    await sleep(kind === 'hocuspocus-sqlite' ? 3000 : 500) // Hocuspocus stores on a 2 s debounce
    for (let i = 0; i < reps; i++) {
      await server.stop()
      server = await startServer(kind, dataDir)
      out.push(await timeLoad(kind, server, room))
    }
    return out
  } finally {
    await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

export async function coldLoadSuite(report: Report, quick: boolean): Promise<void> {
  const reps = quick ? 3 : 5
  const kinds: ServerKind[] = ['yws', 'hocuspocus-sqlite']
  const reason = await oursUnavailable()
  if (reason) report.skip('cold-load', 'Causeway server', reason)
  else kinds.unshift('ours')
  const byKind = new Map<ServerKind, number[][]>()
  for (const kind of kinds) {
    console.log(`  cold-load: ${LABELS[kind]}`)
    try {
      const v = await measure(kind, reps)
      byKind.set(kind, v.map((x) => [x]))
      const how = kind === 'yws' ? 'in memory (no store)' : 'server restarted, loads from its SQLite store'
      report.add({ suite: 'cold-load', metric: `connect → ${NODES}/${LINKS} board synced`, target: LABELS[kind], unit: 'ms', values: v, note: how })
    } catch (e) {
      report.skip('cold-load', LABELS[kind], `failed: ${String(e instanceof Error ? e.message : e)}`)
    }
  }
  addHeadline(report, 'cold-load', `${NODES}-variable board: cold from SQLite → synced`, 'ms', 'lower', byKind, (r) => r[0] as number, ['yws'], 'both restarted, load from their SQLite store')
  addHeadline(report, 'cold-load', `${NODES}-variable board: ours cold vs reference warm`, 'ms', 'lower', byKind, (r) => r[0] as number, ['hocuspocus-sqlite'], 'the reference keeps it in memory: a floor, not a like-for-like')
}
