import { afterEach, describe, expect, it } from 'vitest'
import { addVariable } from '@causeway/model'
import type { WebSocket } from 'ws'
import type { WebsocketProvider } from 'y-websocket'
import type { RunningServer } from '../index'
import type { ServerConfig } from '../config'
import { closeCode, connect, contentOf, createBoard, rawSocket, removeDir, startServer, synced, tempDir, waitFor } from '../testing/helpers'
import { awarenessFrame, opened, roundTrip, someUpdate, step1Frame, step2Frame, updateFrame } from '../testing/frames'

let server: RunningServer | null = null
let dir = ''
const providers: WebsocketProvider[] = []
const sockets: WebSocket[] = []

afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy()
  for (const s of sockets.splice(0)) s.terminate()
  await server?.close()
  server = null
  if (dir) removeDir(dir)
})

async function start(config: Partial<ServerConfig> = {}): Promise<RunningServer> {
  dir = tempDir()
  server = await startServer(dir, config)
  return server
}

function raw(s: RunningServer, boardId: string, token?: string): WebSocket {
  const ws = rawSocket(s.url, boardId, token)
  sockets.push(ws)
  return ws
}

describe('sync socket admission', () => {
  it('closes with 4401 for a missing or wrong token and 4404 for an unknown board', async () => {
    const s = await start()
    const b = await createBoard(s.url)
    expect(await closeCode(raw(s, b.id))).toBe(4401)
    expect(await closeCode(raw(s, b.id, 'wrong-token'))).toBe(4401)
    expect(await closeCode(raw(s, 'no-such-board', b.editToken))).toBe(4404)
    expect(await closeCode(raw(s, '%%%', b.editToken))).toBe(4404)
  })

  it('closes a frame over MAX_FRAME_BYTES with 1009', async () => {
    const s = await start({ maxFrameBytes: 1024 })
    const b = await createBoard(s.url)
    const ws = raw(s, b.id, b.editToken)
    await opened(ws)
    const code = closeCode(ws)
    ws.send(new Uint8Array(4096))
    expect(await code).toBe(1009)
  })

  it('refuses sockets past MAX_CONNS_PER_BOARD with 1013 (try again later)', async () => {
    const s = await start({ maxConnsPerBoard: 2 })
    const b = await createBoard(s.url)
    const first = [raw(s, b.id, b.editToken), raw(s, b.id, b.editToken)]
    await Promise.all(first.map(roundTrip_after_open))
    expect(await closeCode(raw(s, b.id, b.editToken))).toBe(1013)
    // Another board is unaffected.
    const other = await createBoard(s.url)
    await roundTrip_after_open(raw(s, other.id, other.editToken))
  })

  it('refuses sockets past MAX_CONNS_PER_IP with 1013', async () => {
    const s = await start({ maxConnsPerIp: 2 })
    const b = await createBoard(s.url)
    const c = await createBoard(s.url)
    await Promise.all([raw(s, b.id, b.editToken), raw(s, c.id, c.editToken)].map(roundTrip_after_open))
    expect(await closeCode(raw(s, b.id, b.editToken))).toBe(1013)
  })

  it('slows a socket past MAX_MSGS_PER_SEC by pausing it, without dropping any of its frames', async () => {
    const s = await start({ maxMsgsPerSec: 10 })
    const b = await createBoard(s.url)
    const ws = raw(s, b.id, b.editToken)
    await opened(ws)
    const myId = 4242
    for (let clock = 1; clock <= 40; clock++) ws.send(awarenessFrame([{ clientID: myId, clock, state: { n: clock } }]))
    await roundTrip(ws)
    expect(s.metrics.rejected.get({ reason: 'rate_paused' })).toBeGreaterThan(0)
    expect(s.rooms.get(b.id)!.awareness.getStates().get(myId)).toEqual({ n: 40 })
    expect(ws.readyState).toBe(ws.OPEN)
  })

  it('echoes presence to its sender, so a lone provider on a quiet board hears from the server', async () => {
    const s = await start()
    const b = await createBoard(s.url)
    const ws = raw(s, b.id, b.viewToken)
    await opened(ws)
    const heard = new Promise<void>((resolve) => ws.on('message', (d: Buffer) => d[0] === 1 && resolve()))
    ws.send(awarenessFrame([{ clientID: 31337, clock: 1, state: { user: { name: 'solo' } } }]))
    await heard
  })

  it('closes malformed and text frames with 4400', async () => {
    const s = await start()
    const b = await createBoard(s.url)
    const ws = raw(s, b.id, b.editToken)
    await opened(ws)
    const code = closeCode(ws)
    ws.send(new Uint8Array([0, 2, 50, 1, 2]))
    expect(await code).toBe(4400)
    const ws2 = raw(s, b.id, b.editToken)
    await opened(ws2)
    const code2 = closeCode(ws2)
    ws2.send('hello')
    expect(await code2).toBe(4400)
  })

  it('closes with 4413 when an update would take the board past MAX_DOC_BYTES', async () => {
    const s = await start({ maxDocBytes: 2000 })
    const b = await createBoard(s.url)
    const ws = raw(s, b.id, b.editToken)
    await opened(ws)
    const code = closeCode(ws)
    ws.send(updateFrame(someUpdate('big', 'x'.repeat(5000))))
    expect(await code).toBe(4413)
    expect((await s.store.countRows(b.id)).updates).toBe(0)
  })
})

async function roundTrip_after_open(ws: WebSocket): Promise<void> {
  await opened(ws)
  await roundTrip(ws)
}

describe('read-only sockets', () => {
  it('a view socket cannot write by update, sync step 2 or spoofed awareness; nothing lands anywhere', async () => {
    const s = await start()
    const b = await createBoard(s.url)
    const honest = connect(s.url, b.id, b.editToken)
    const witness = connect(s.url, b.id, b.editToken)
    providers.push(honest, witness)
    await Promise.all([synced(honest), synced(witness)])
    honest.awareness.setLocalStateField('user', { name: 'Ana' })
    await waitFor(() => witness.awareness.getStates().get(honest.doc.clientID)?.user?.name === 'Ana', 'presence')
    const rowsBefore = (await s.store.countRows(b.id)).updates

    const viewer = raw(s, b.id, b.viewToken)
    await opened(viewer)
    viewer.send(awarenessFrame([{ clientID: 777, clock: 1, state: { user: { name: 'viewer' } } }]))
    viewer.send(updateFrame(someUpdate('from-update')))
    viewer.send(step2Frame(someUpdate('from-step2')))
    viewer.send(awarenessFrame([{ clientID: honest.doc.clientID, clock: 999, state: { user: { name: 'Mallory' } } }]))
    viewer.send(awarenessFrame([{ clientID: honest.doc.clientID, clock: 1000, state: null }]))
    await roundTrip(viewer)
    expect(viewer.readyState).toBe(viewer.OPEN)

    // A later honest edit arrives after anything the viewer could have caused.
    addVariable(witness.doc, { label: 'marker', x: 0, y: 0 })
    await waitFor(() => honest.doc.getMap('nodes').size === 1, 'marker')
    await s.rooms.get(b.id)!.flush()
    for (const doc of [honest.doc, witness.doc, s.rooms.get(b.id)!.doc]) {
      expect(doc.getMap('nodes').has('from-update')).toBe(false)
      expect(doc.getMap('nodes').has('from-step2')).toBe(false)
    }
    expect(contentOf(honest.doc)).toBe(contentOf(s.rooms.get(b.id)!.doc))
    expect((await s.store.countRows(b.id)).updates).toBe(rowsBefore + 1)
    // The viewer's own presence is allowed; its forgery of Ana's is not.
    await waitFor(() => witness.awareness.getStates().has(777), 'viewer presence')
    expect(witness.awareness.getStates().get(honest.doc.clientID)?.user?.name).toBe('Ana')
    expect(s.metrics.rejected.get({ reason: 'read_only' })).toBe(2)
    expect(s.metrics.rejected.get({ reason: 'awareness_spoof' })).toBeGreaterThanOrEqual(2)
  })

  it('a stock provider with a view token syncs the board but its local edits never reach others', async () => {
    const s = await start()
    const b = await createBoard(s.url, { title: 'Read me' })
    const editor = connect(s.url, b.id, b.editToken)
    const viewer = connect(s.url, b.id, b.viewToken)
    providers.push(editor, viewer)
    await Promise.all([synced(editor), synced(viewer)])
    addVariable(editor.doc, { label: 'seen', x: 0, y: 0 })
    await waitFor(() => viewer.doc.getMap('nodes').size === 1, 'viewer sees edits')
    addVariable(viewer.doc, { label: 'sneaky', x: 0, y: 0 })
    addVariable(editor.doc, { label: 'after', x: 0, y: 0 })
    await waitFor(() => viewer.doc.getMap('nodes').size === 3, 'viewer sees later edit')
    await s.rooms.get(b.id)!.flush()
    expect(editor.doc.getMap('nodes').size).toBe(2)
    expect(s.rooms.get(b.id)!.doc.getMap('nodes').size).toBe(2)
  })

  it('a locked board refuses every write until it is unlocked, then resyncs', async () => {
    const s = await start()
    const b = await createBoard(s.url)
    const a = connect(s.url, b.id, b.editToken)
    const w = connect(s.url, b.id, b.editToken)
    providers.push(a, w)
    await Promise.all([synced(a), synced(w)])
    await s.rooms.setBoardLocked(b.id, true)
    const meta = (await (await fetch(`${s.url}/api/boards/${b.id}`, { headers: { authorization: `Bearer ${b.editToken}` } })).json()) as { locked: boolean }
    expect(meta.locked).toBe(true)
    addVariable(a.doc, { label: 'during lock', x: 0, y: 0 })
    await waitFor(() => s.metrics.rejected.get({ reason: 'locked' }) === 1, 'write refused while locked')
    await s.rooms.get(b.id)!.flush()
    expect(s.rooms.get(b.id)!.doc.getMap('nodes').size).toBe(0)
    expect(w.doc.getMap('nodes').size).toBe(0)
    expect((await s.store.countRows(b.id)).updates).toBe(0)
    await s.rooms.setBoardLocked(b.id, false)
    addVariable(a.doc, { label: 'after unlock', x: 0, y: 0 })
    // After unlocking, the client's held edit (its UI should not have allowed it) and new edits converge.
    await waitFor(() => w.doc.getMap('nodes').size === 2, 'unlocked edits arrive')
    await waitFor(() => contentOf(w.doc) === contentOf(a.doc), 'convergence')
  })

  it('a slow reader joining a board bigger than MAX_BUFFERED_BYTES is not cut off by the updates that follow its initial sync', async () => {
    const s = await start({ maxBufferedBytes: 64 * 1024, compactBytes: 1e9, sqliteSynchronous: 'NORMAL' })
    const b = await createBoard(s.url)
    const writer = connect(s.url, b.id, b.editToken)
    providers.push(writer)
    await synced(writer)
    // ~18 MB of board: more than the kernel's loopback buffers absorb.
    for (let i = 0; i < 12; i++) addVariable(writer.doc, { label: `${i}${'y'.repeat(1_500_000)}`, x: 0, y: 0 })
    await waitFor(() => s.rooms.get(b.id)?.doc.getMap('nodes').size === 12, 'big board stored', 30_000)
    const slow = raw(s, b.id, b.viewToken)
    await opened(slow)
    ;(slow as unknown as { _socket: { pause(): void } })._socket.pause()
    slow.send(step1Frame(new Uint8Array([0])))
    await waitFor(() => s.metrics.bytesOut.get({}) > 18_000_000, 'initial sync sent')
    for (let i = 0; i < 20; i++) {
      addVariable(writer.doc, { label: `small ${i}`, x: 0, y: 0 })
      await waitFor(() => s.rooms.get(b.id)!.doc.getMap('nodes').size === 13 + i, 'small edit on the server')
      await s.rooms.get(b.id)!.flush()
    }
    expect(s.metrics.rejected.get({ reason: 'slow_client' })).toBe(0)
  })

  it('drops a socket that stops reading once its send buffer passes MAX_BUFFERED_BYTES; the room carries on', async () => {
    const s = await start({ maxBufferedBytes: 64 * 1024, compactBytes: 1e9, sqliteSynchronous: 'NORMAL' })
    const b = await createBoard(s.url)
    const writer = connect(s.url, b.id, b.editToken)
    const reader = connect(s.url, b.id, b.viewToken)
    providers.push(writer, reader)
    await Promise.all([synced(writer), synced(reader)])
    const slow = raw(s, b.id, b.viewToken)
    await opened(slow)
    await roundTrip(slow)
    // Stop reading at the TCP level, like a frozen tab on a bad network.
    ;(slow as unknown as { _socket: { pause(): void } })._socket.pause()
    const big = 'x'.repeat(200_000)
    let n = 0
    while (s.metrics.rejected.get({ reason: 'slow_client' }) === 0) {
      addVariable(writer.doc, { label: `${n++}${big}`, x: 0, y: 0 })
      await waitFor(() => s.rooms.get(b.id)!.doc.getMap('nodes').size === n, 'edit reached the server')
      await s.rooms.get(b.id)!.flush()
      if (n > 200) throw new Error('slow socket was never dropped')
    }
    await waitFor(() => reader.doc.getMap('nodes').size === n, 'the healthy reader got every edit')
    expect(contentOf(reader.doc)).toBe(contentOf(writer.doc))
  })
})
