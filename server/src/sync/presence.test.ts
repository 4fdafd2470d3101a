import { afterEach, describe, expect, it } from 'vitest'
import type { WebSocket } from 'ws'
import type { WebsocketProvider } from 'y-websocket'
import type { RunningServer } from '../index'
import type { ServerConfig } from '../config'
import { connect, createBoard, rawSocket, removeDir, startServer, synced, tempDir, waitFor } from '../testing/helpers'
import { awarenessFrame, opened, roundTrip } from '../testing/frames'

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

async function raw(s: RunningServer, boardId: string, token: string): Promise<WebSocket> {
  const ws = rawSocket(s.url, boardId, token)
  sockets.push(ws)
  await opened(ws)
  return ws
}

const nameOf = (p: WebsocketProvider, id: number): unknown => (p.awareness.getStates().get(id) as { user?: { name?: string } } | undefined)?.user?.name

describe('presence ids', () => {
  it("a viewer cannot take an editor's presence id after the editor disconnects; the editor's reconnect gets it back", async () => {
    const s = await start()
    const b = await createBoard(s.url)
    const editor = connect(s.url, b.id, b.editToken)
    const witness = connect(s.url, b.id, b.editToken)
    providers.push(editor, witness)
    await Promise.all([synced(editor), synced(witness)])
    const id = editor.doc.clientID
    editor.awareness.setLocalStateField('user', { name: 'Ana' })
    await waitFor(() => nameOf(witness, id) === 'Ana', 'presence')

    editor.disconnect()
    await waitFor(() => !witness.awareness.getStates().has(id), "the editor's presence removed")
    // The viewer read the id from broadcast presence and announces it as its own.
    const viewer = await raw(s, b.id, b.viewToken)
    viewer.send(awarenessFrame([{ clientID: id, clock: 1000, state: { user: { name: 'Mallory' } } }]))
    await roundTrip(viewer)
    expect(s.rooms.get(b.id)!.awareness.getStates().has(id)).toBe(false)
    expect(s.metrics.rejected.get({ reason: 'awareness_spoof' })).toBeGreaterThanOrEqual(1)

    // A stock provider reconnects with the same doc clientID and its old awareness clock.
    editor.connect()
    await waitFor(() => nameOf(witness, id) === 'Ana', 'the editor presence is back', 5000)
    viewer.send(awarenessFrame([{ clientID: id, clock: 2000, state: { user: { name: 'Mallory' } } }]))
    await roundTrip(viewer)
    expect(nameOf(witness, id)).toBe('Ana')
    expect(viewer.readyState).toBe(viewer.OPEN)
  })

  it('a released id stays reserved for its link across a room unload; the same link takes it back', async () => {
    const s = await start({ roomIdleMs: 20 })
    const b = await createBoard(s.url)
    const first = await raw(s, b.id, b.editToken)
    first.send(awarenessFrame([{ clientID: 555, clock: 1, state: { user: { name: 'Ana' } } }]))
    await roundTrip(first)
    first.close()
    await waitFor(() => s.rooms.get(b.id) === undefined, 'room unloaded')

    const viewer = await raw(s, b.id, b.viewToken)
    viewer.send(awarenessFrame([{ clientID: 555, clock: 5, state: { user: { name: 'Mallory' } } }]))
    await roundTrip(viewer)
    expect(s.rooms.get(b.id)!.awareness.getStates().has(555)).toBe(false)

    const again = await raw(s, b.id, b.editToken)
    again.send(awarenessFrame([{ clientID: 555, clock: 2, state: { user: { name: 'Ana' } } }]))
    await roundTrip(again)
    expect(s.rooms.get(b.id)!.awareness.getStates().get(555)).toEqual({ user: { name: 'Ana' } })
    expect(s.sync.presenceHolds.size).toBe(0)
  })
})
