import { afterEach, describe, expect, it } from 'vitest'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import * as Y from 'yjs'
import { addVariable } from '@causeway/model'
import type { RunningServer } from '../index'
import {
  connect,
  createBoard,
  removeDir,
  startServer,
  synced,
  tempDir,
  waitFor,
} from '../testing/helpers'

let server: RunningServer | null = null
let dir = ''

afterEach(async () => {
  await server?.close()
  server = null
  if (dir) removeDir(dir)
})

// A real collection before each reading, so the figure is what is still referenced.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

function heapAfterGc(): number {
  for (let i = 0; i < 3; i++) gc()
  return process.memoryUsage().heapUsed
}

const ROOMS_PER_ROUND = 20
const EDITS = 30

/** Opens ROOMS_PER_ROUND boards, edits each, leaves, and waits until every room has unloaded. */
async function round(s: RunningServer): Promise<void> {
  const boards = await Promise.all(
    Array.from({ length: ROOMS_PER_ROUND }, () => createBoard(s.url)),
  )
  const providers = boards.map((b) => connect(s.url, b.id, b.editToken, new Y.Doc()))
  await Promise.all(providers.map(synced))
  for (const p of providers) {
    p.awareness.setLocalStateField('user', { name: 'Ana', color: '#0b5cad' })
    for (let i = 0; i < EDITS; i++) addVariable(p.doc, { label: `v${i}`, x: i * 10, y: 0 })
  }
  await waitFor(
    () => boards.every((b) => s.rooms.get(b.id)?.doc.getMap('nodes').size === EDITS),
    'edits on the server',
  )
  for (const p of providers) {
    p.destroy()
    // The provider's own Awareness keeps a timer (and so the client doc) alive: this process
    // plays the clients too, and only the server's memory is under test.
    p.awareness.destroy()
    p.doc.destroy()
  }
  await waitFor(() => s.rooms.size === 0, 'every room unloaded', 30_000)
}

describe('memory over a long run', () => {
  it(
    'stays flat while rooms load, take edits and unload, round after round',
    { timeout: 120_000 },
    async () => {
      dir = tempDir()
      server = await startServer(dir, { roomIdleMs: 20, presenceHoldMs: 20 })
      const s = server
      // Warm-up rounds fill caches, JIT code and pools that are allocated once.
      for (let r = 0; r < 2; r++) await round(s)
      const before = heapAfterGc()
      const ROUNDS = 8
      for (let r = 0; r < ROUNDS; r++) await round(s)
      const after = heapAfterGc()
      const growth = after - before
      console.log(
        `memory: heap ${(before / 2 ** 20).toFixed(1)} MiB → ${(after / 2 ** 20).toFixed(1)} MiB after ${ROUNDS * ROOMS_PER_ROUND} more rooms`,
      )
      // A leak of even one board's doc per room (≈ 30 variables with labels) would add several
      // MiB over 160 rooms; allocator noise is well under that.
      expect(growth).toBeLessThan(4 * 2 ** 20)
      expect(s.rooms.size).toBe(0)
    },
  )
})
