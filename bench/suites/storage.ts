/** Suite 3 — bytes stored per edit, after compaction, and durable update throughput. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as Y from 'yjs'
import { connectClient, createRoom, LABELS, startServer } from '../lib/targets.ts'
import type { ServerKind } from '../lib/targets.ts'
import { rng, seedSmallBoard, smallEdit } from '../lib/board-gen.ts'
import { nowMs, sleep, waitFor } from '../lib/stats.ts'
import { fileBytes, findDb, payloadBytes } from '../lib/sqlite-bytes.ts'
import type { Report } from '../lib/report.ts'
import { oursUnavailable } from '../lib/ours.ts'
import { addHeadline } from './headline.ts'
import type { SuiteOptions } from '../lib/options.ts'
import { runOrders } from '../lib/order.ts'

// Below our server's default compaction threshold (500 log rows), so the raw log is measured.
const EDITS = 400
const WRITER = Symbol('writer')

interface Run {
  perEdit: number
  compacted: number
  stateBytes: number
  updateBytes: number
  fileBytes: number
  throughput: number
}

async function runOnce(kind: ServerKind, seed: number): Promise<Run> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `cw-store-${kind}-`))
  const server = await startServer(kind, dataDir)
  let stopped = false
  try {
    const room = await createRoom(kind, server.httpUrl, `storage-${seed}`)
    const doc = new Y.Doc()
    const writer = connectClient(kind, server.wsBase, room, doc)
    await writer.synced
    seedSmallBoard(doc, 30, 30, seed)
    const readerDoc = new Y.Doc()
    const reader = connectClient(kind, server.wsBase, room, readerDoc)
    await reader.synced
    const caughtUp = (): boolean => (Y.encodeStateVector(readerDoc).toString() === Y.encodeStateVector(doc).toString())
    await waitFor(caughtUp, 20_000, 'reader has the seed')
    await sleep(kind === 'hocuspocus-sqlite' ? 3000 : 300)
    const db = findDb(dataDir)
    const tables = kind === 'ours' || kind === 'ours-normal' ? ['updates', 'snapshots'] : undefined
    const p0 = db ? payloadBytes(db, tables) : 0

    let updateBytes = 0
    doc.on('update', (u: Uint8Array, origin: unknown) => void (origin === WRITER && (updateBytes += u.length)))
    const r = rng(seed)
    const t0 = nowMs()
    // Back to back, one transaction (one message) per edit: how fast edits become visible to others.
    for (let i = 0; i < EDITS; i++) smallEdit(doc, r, WRITER)
    await waitFor(caughtUp, 60_000, 'reader has every edit')
    const throughput = EDITS / ((nowMs() - t0) / 1000)
    await sleep(kind === 'hocuspocus-sqlite' ? 3000 : 300)
    const p1 = db ? payloadBytes(db, tables) : 0
    const stateBytes = Y.encodeStateAsUpdate(doc).length
    writer.destroy()
    reader.destroy()
    await sleep(500)
    // Closing flushes and unloads the room, which is when our server compacts its log.
    await server.stop()
    stopped = true
    const dbAfter = findDb(dataDir)
    return {
      perEdit: db ? (p1 - p0) / EDITS : NaN,
      compacted: dbAfter ? payloadBytes(dbAfter, tables) : NaN,
      stateBytes,
      updateBytes: updateBytes / EDITS,
      fileBytes: dbAfter ? fileBytes(dbAfter) : NaN,
      throughput,
    }
  } finally {
    if (!stopped) await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

export async function storageSuite(report: Report, opts: SuiteOptions): Promise<void> {
  const reps = opts.quick ? 1 : 3
  const kinds: ServerKind[] = ['hocuspocus-sqlite', 'yws']
  const reason = await oursUnavailable()
  if (reason) report.skip('storage', 'Causeway server', reason)
  else kinds.unshift('ours', 'ours-normal')
  const byKind = new Map<ServerKind, Run[]>()
  // Repetition-major, each repetition in its own shuffled order (lib/order.ts).
  const orders = runOrders(kinds, reps, opts.seed + 2)
  report.order('storage', 'runs', orders.map((o) => o.map((k) => LABELS[k])))
  for (const [rep, order] of orders.entries()) {
    for (const kind of order) {
      console.log(`  storage: ${LABELS[kind]} (run ${rep + 1}/${reps})`)
      try {
        byKind.set(kind, [...(byKind.get(kind) ?? []), await runOnce(kind, rep + 1)])
      } catch (e) {
        report.skip('storage', LABELS[kind], `failed: ${String(e instanceof Error ? e.message : e)}`)
      }
    }
  }
  const add = (metric: string, unit: string, pick: (r: Run) => number, kinds: ServerKind[], note?: string): void => {
    for (const k of kinds) {
      const runs = byKind.get(k)
      if (runs) report.add({ suite: 'storage', metric, target: LABELS[k], unit, values: runs.map(pick), ...(note ? { note } : {}) })
    }
  }
  const stored: ServerKind[] = ['ours', 'ours-normal', 'hocuspocus-sqlite']
  add('bytes stored per edit (row payload)', 'B', (r) => r.perEdit, stored, `${EDITS} edits, move or keystroke`)
  add('Yjs update bytes per edit (the wire baseline)', 'B', (r) => r.updateBytes, ['yws'])
  add('stored after close/compaction (row payload)', 'B', (r) => r.compacted, stored)
  add('Y.encodeStateAsUpdate of the same doc', 'B', (r) => r.stateBytes, ['yws'])
  add('database file after close', 'B', (r) => r.fileBytes, stored)
  add('durable update throughput (writer → reader)', 'edits/s', (r) => r.throughput, [...stored, 'yws'], 'y-websocket-server keeps nothing; Hocuspocus stores on a 2 s debounce')

  const base = byKind.get('yws')
  const oursRuns = byKind.get('ours')
  if (base && oursRuns) {
    const med = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number
    report.headlines.push({ suite: 'storage', metric: 'bytes stored per edit vs Yjs update size', unit: 'B', ours: med(oursRuns.map((r) => r.perEdit)), bestPeer: med(base.map((r) => r.updateBytes)), bestPeerName: 'Yjs update', better: 'lower' })
    report.headlines.push({ suite: 'storage', metric: 'stored after compaction vs Y.encodeStateAsUpdate', unit: 'B', ours: med(oursRuns.map((r) => r.compacted)), bestPeer: med(base.map((r) => r.stateBytes)), bestPeerName: 'encodeStateAsUpdate', better: 'lower' })
  }
  addHeadline(report, 'storage', 'update throughput vs a storing peer', 'edits/s', 'higher', byKind, (r) => r.throughput, ['yws'], 'Hocuspocus relays first and stores on a 2 s debounce; we store before relaying')
  addHeadline(report, 'storage', 'update throughput vs in-memory reference', 'edits/s', 'higher', byKind, (r) => r.throughput, ['hocuspocus-sqlite'], 'the reference stores nothing: the cost of durability')
}
