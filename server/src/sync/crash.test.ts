import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { WebSocket } from 'ws'
import { parseMessage } from './messages'
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

/** A ws WebSocket that copies every document update the server sends into `into`. */
function recordingSocket(into: Uint8Array[]): typeof WebSocket {
  class Recording extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols)
      this.on('message', (data: Buffer) => {
        try {
          const m = parseMessage(new Uint8Array(data), 1 << 20)
          if (m.type === 'sync2' || m.type === 'update') into.push(m.update.slice())
        } catch {
          // not a document update
        }
      })
    }
  }
  return Recording as unknown as typeof WebSocket
}

describe('crash safety', () => {
  it('after SIGKILL mid-editing, a restart on the same DATA_DIR has every update any client had received', async () => {
    dir = tempDir()
    const first = await spawnServer(dir)
    children.push(first)
    const board = await createBoard(first.url)
    // Record the raw frames each client gets from the server: exactly what it "has seen".
    const received: Uint8Array[] = []
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()]
    for (const doc of docs) {
      const p = connect(first.url, board.id, board.editToken, doc, recordingSocket(received))
      providers.push(p)
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

  it('on SIGTERM the server stores every update, closes sockets with 1001 and exits 0', async () => {
    dir = tempDir()
    const child = await spawnServer(dir)
    children.push(child)
    const board = await createBoard(child.url)
    const p = connect(child.url, board.id, board.editToken, new Y.Doc())
    providers.push(p)
    await synced(p)
    const codes: number[] = []
    p.on('connection-close', (e) => codes.push(e?.code ?? 0))
    const watcher = connect(child.url, board.id, board.viewToken, new Y.Doc())
    providers.push(watcher)
    await synced(watcher)
    for (let i = 0; i < 50; i++) randomEdit(p.doc, prng(i))
    await waitFor(() => watcher.doc.getMap('nodes').size === p.doc.getMap('nodes').size, 'watcher caught up')
    const expected = watcher.doc.getMap('nodes').size
    child.child.kill('SIGTERM')
    expect(await child.exited).toBe(0)
    expect(codes[0]).toBe(1001)
    for (const q of providers.splice(0)) q.destroy()

    const again = await spawnServer(dir)
    children.push(again)
    const fresh = connect(again.url, board.id, board.viewToken, new Y.Doc())
    providers.push(fresh)
    await synced(fresh)
    expect(fresh.doc.getMap('nodes').size).toBe(expected)
  })
})
