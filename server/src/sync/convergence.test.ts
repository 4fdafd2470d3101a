import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import type { RunningServer } from '../index'
import { connect, contentOf, createBoard, removeDir, startServer, synced, tempDir, waitFor } from '../testing/helpers'
import { prng, randomEdit } from '../testing/random-edits'

let server: RunningServer | null = null
let dir = ''
const providers: WebsocketProvider[] = []

afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy()
  await server?.close()
  server = null
  if (dir) removeDir(dir)
})

const tick = () => new Promise((r) => setImmediate(r))

describe('convergence under concurrency', () => {
  it('N providers with random concurrent edits and random disconnects end identical and equal to the stored state', async () => {
    dir = tempDir()
    // Small compaction thresholds so compaction runs mid-test too.
    server = await startServer(dir, { compactUpdates: 40, compactBytes: 64 * 1024 })
    const s = server
    const board = await createBoard(s.url, { title: 'Chaos' })
    const rnd = prng(20261125)
    const N = 5
    for (let i = 0; i < N; i++) providers.push(connect(s.url, board.id, board.editToken, new Y.Doc()))
    await Promise.all(providers.map(synced))

    for (let step = 0; step < 400; step++) {
      const p = providers[Math.floor(rnd() * N)]!
      const r = rnd()
      if (r < 0.05 && p.shouldConnect) p.disconnect()
      else if (r < 0.12 && !p.shouldConnect) p.connect()
      else randomEdit(p.doc, rnd)
      if (step % 7 === 0) await tick()
    }
    for (const p of providers) if (!p.shouldConnect) p.connect()
    await Promise.all(providers.map(synced))
    const room = () => s.rooms.get(board.id)!
    await waitFor(() => providers.every((p) => contentOf(p.doc) === contentOf(room().doc)), 'all providers equal the server', 30_000)
    expect(room().doc.getMap('nodes').size).toBeGreaterThan(0)
    const final = contentOf(room().doc)
    expect(s.metrics.compactions.get()).toBeGreaterThan(0)

    for (const p of providers.splice(0)) p.destroy()
    await s.close()
    server = await startServer(dir)
    const fresh = connect(server.url, board.id, board.viewToken, new Y.Doc())
    providers.push(fresh)
    await synced(fresh)
    expect(contentOf(fresh.doc)).toBe(final)
  })
})
