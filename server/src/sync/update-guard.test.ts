import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { RunningServer } from '../index'
import { contentOf, createBoard, removeDir, startServer, tempDir } from '../testing/helpers'
import { checkUpdateShape } from './update-guard'
import { ProtocolError } from './messages'
import type { RoomPeer } from './room'

let server: RunningServer | null = null
let dir = ''

afterEach(async () => {
  await server?.close()
  server = null
  if (dir) removeDir(dir)
})

const peer: RoomPeer = { send: () => {}, close: () => {} }

/** A valid one-node update whose delete set is cut short: its structs integrate, then Yjs throws. */
function halfApplyingUpdate(): Uint8Array {
  const d = new Y.Doc()
  d.getMap('nodes').set('half', 'applied')
  d.getMap('nodes').set('gone', 1)
  d.getMap('nodes').delete('gone')
  const u = Y.encodeStateAsUpdate(d)
  return u.subarray(0, u.length - 1)
}

describe('update guard', () => {
  it('an update that throws half-way through applying never reaches the room doc, the store or anyone', async () => {
    dir = tempDir()
    server = await startServer(dir)
    const b = await createBoard(server.url)
    const room = await server.rooms.acquire(b.id)
    const bad = halfApplyingUpdate()
    // The shape check alone already refuses it…
    expect(() => checkUpdateShape(bad)).toThrow(ProtocolError)
    // …and even past it, the shadow doc takes the hit instead of the room.
    const before = contentOf(room.doc)
    const rows = (await server.store.countRows(b.id)).updates
    expect(() => room.applyClientUpdate(bad, peer)).toThrow(ProtocolError)
    await room.flush()
    expect(contentOf(room.doc)).toBe(before)
    expect((await server.store.countRows(b.id)).updates).toBe(rows)

    // The room (and its rebuilt shadow) keep working for honest updates.
    const ok = new Y.Doc()
    ok.getMap('nodes').set('fine', 'yes')
    room.applyClientUpdate(Y.encodeStateAsUpdate(ok), peer)
    await room.flush()
    expect(room.doc.getMap('nodes').get('fine')).toBe('yes')
    expect(room.doc.getMap('nodes').has('half')).toBe(false)
    expect((await server.store.countRows(b.id)).updates).toBe(rows + 1)
  })
})
