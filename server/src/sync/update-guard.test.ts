import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { RunningServer } from '../index'
import {
  closeCode,
  contentOf,
  createBoard,
  rawSocket,
  removeDir,
  startServer,
  tempDir,
} from '../testing/helpers'
import { opened, updateFrame } from '../testing/frames'
import { SERVER_ORIGIN } from './room'
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
  it('a client update that writes meta.locked or meta.broadcast is refused (4400) and stored nowhere', async () => {
    dir = tempDir()
    server = await startServer(dir)
    const b = await createBoard(server.url)
    const room = await server.rooms.acquire(b.id)
    // The server itself may write them (workshop lock and broadcast).
    room.doc.transact(
      () => room.doc.getMap('meta').set('broadcast', { message: 'real', sentAt: 1 }),
      SERVER_ORIGIN,
    )
    await room.flush()
    const rows = (await server.store.countRows(b.id)).updates

    for (const key of ['locked', 'broadcast']) {
      const fake = new Y.Doc()
      Y.applyUpdate(fake, Y.encodeStateAsUpdate(room.doc))
      const sv = Y.encodeStateVector(fake)
      fake
        .getMap('meta')
        .set(key, key === 'locked' ? false : { message: 'fake from a participant', sentAt: 2 })
      const ws = rawSocket(server.url, b.id, b.editToken)
      const code = closeCode(ws)
      await opened(ws)
      ws.send(updateFrame(Y.encodeStateAsUpdate(fake, sv)))
      expect(await code).toBe(4400)
    }
    await room.flush()
    expect(room.doc.getMap('meta').get('broadcast')).toEqual({ message: 'real', sentAt: 1 })
    expect(room.doc.getMap('meta').has('locked')).toBe(false)
    expect((await server.store.countRows(b.id)).updates).toBe(rows)
    expect(server.metrics.rejected.get({ reason: 'server_meta' })).toBe(2)

    // Other meta edits (the title) still go through.
    const title = new Y.Doc()
    Y.applyUpdate(title, Y.encodeStateAsUpdate(room.doc))
    const sv = Y.encodeStateVector(title)
    title.getMap('meta').set('title', 'Renamed')
    room.applyClientUpdate(Y.encodeStateAsUpdate(title, sv), peer)
    expect(room.doc.getMap('meta').get('title')).toBe('Renamed')
  })
})
