import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { connect, createBoard, removeDir, synced, tempDir, waitFor } from '../testing/helpers'
import { spawnServer } from '../testing/child-server'
import type { ChildServer } from '../testing/child-server'
import { prng, randomEdit } from '../testing/random-edits'

let dir = ''
const children: ChildServer[] = []
const providers: WebsocketProvider[] = []

afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy()
  for (const c of children.splice(0)) {
    c.child.kill('SIGKILL')
    await c.exited
  }
  if (dir) removeDir(dir)
})

describe('crash safety', () => {
  it('after SIGKILL mid-editing, a restart on the same DATA_DIR has every update any client had received', async () => {
    dir = tempDir()
    const first = await spawnServer(dir)
    children.push(first)
    const board = await createBoard(first.url)
    const received: Uint8Array[] = []
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()]
    for (const doc of docs) {
      const p = connect(first.url, board.id, board.editToken, doc)
      providers.push(p)
      // Updates whose origin is the provider came from the server: someone has "seen" them.
      doc.on('update', (u: Uint8Array, origin: unknown) => {
        if (origin === p) received.push(u)
      })
    }
    await Promise.all(providers.map(synced))

    const rnd = prng(7)
    let editing = true
    const editors = docs.map(async (doc) => {
      while (editing) {
        randomEdit(doc, rnd)
        await new Promise((r) => setImmediate(r))
      }
    })
    await waitFor(() => received.length >= 300, 'plenty of relayed updates')
    first.child.kill('SIGKILL')
    editing = false
    await Promise.all(editors)
    await first.exited
    // Stop the clients so nothing is resent: what comes back must come from the store alone.
    for (const p of providers.splice(0)) p.destroy()
    const seen = received.slice()
    expect(seen.length).toBeGreaterThanOrEqual(300)

    const second = await spawnServer(dir)
    children.push(second)
    const fresh = connect(second.url, board.id, board.viewToken, new Y.Doc({ gc: false }))
    providers.push(fresh)
    await synced(fresh)
    const snap = Y.snapshot(fresh.doc)
    const missing = seen.filter((u) => !Y.snapshotContainsUpdate(snap, u))
    expect(missing).toHaveLength(0)
  })
})
