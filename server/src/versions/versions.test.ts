import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addVariable, boardMaps, moveNodes, removeNodes, restoreSnapshot, setLabel, toSnapshot } from '@causeway/model'
import type { BoardJson } from '@causeway/model'
import type { WebsocketProvider } from 'y-websocket'
import type { RunningServer } from '../index'
import { connect, contentOf, createBoard, removeDir, startServer, synced, tempDir, waitFor } from '../testing/helpers'
import { api } from '../workshops/workshop-fixtures'
import { sideDb } from '../workshops/side-db'
import { VersionStore } from './version-store'

let dir: string
let server: RunningServer
const providers: WebsocketProvider[] = []

beforeEach(async () => {
  dir = tempDir()
  server = await startServer(dir)
})
afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy()
  await server.close()
  removeDir(dir)
})

async function open(boardId: string, token: string): Promise<WebsocketProvider> {
  const p = connect(server.url, boardId, token)
  providers.push(p)
  await synced(p)
  return p
}

function converged(ps: WebsocketProvider[]): () => boolean {
  return () => ps.every((p) => contentOf(p.doc) === contentOf(ps[0]!.doc))
}

const RESTORER = { user: 'restorer' }
const tick = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('board versions', () => {
  it('saves a version during concurrent editing; restoring it converges everyone, keeps concurrent work, and is undoable', async () => {
    const board = await createBoard(server.url, { title: 'Wellbeing' })
    const a = await open(board.id, board.editToken)
    const b = await open(board.id, board.editToken)
    const stress = addVariable(a.doc, { x: 0, y: 0, label: 'Stress' })
    const sleep = addVariable(b.doc, { x: 200, y: 0, label: 'Sleep' })
    await waitFor(() => !!toSnapshot(a.doc).nodes[sleep] && !!toSnapshot(b.doc).nodes[stress], 'first nodes')

    // Both keep typing while the version is saved: it holds whatever the server had at that moment.
    const typing = Promise.all([
      (async () => { for (let i = 0; i < 20; i++) { addVariable(a.doc, { x: i, y: 100, label: `a${i}` }); await tick() } })(),
      (async () => { for (let i = 0; i < 20; i++) { moveNodes(b.doc, [{ id: sleep, x: 200 + i, y: i }]); await tick() } })(),
    ])
    const saved = await api(server, 'POST', `/api/boards/${board.id}/versions`, { name: 'Before the break' }, board.editToken)
    await typing
    expect(saved.status).toBe(201)
    const version = saved.json as { id: string; name: string; createdAt: number }
    expect(version.name).toBe('Before the break')
    const list = await api(server, 'GET', `/api/boards/${board.id}/versions`, undefined, board.viewToken)
    expect(list.json).toEqual([version])
    expect((await api(server, 'POST', `/api/boards/${board.id}/versions`, { name: 'x' }, board.viewToken)).status).toBe(403)

    // Keep editing after the save.
    const link = addLink(a.doc, { source: stress, target: sleep, polarity: '-' })
    setLabel(b.doc, stress, 'Exam stress')
    const extra = addVariable(b.doc, { x: 500, y: 500, label: 'Screen time' })
    await waitFor(converged([a, b]), 'edits after the save')

    const snapshot = (await api(server, 'GET', `/api/boards/${board.id}/versions/${version.id}`, undefined, board.viewToken)).json as BoardJson
    expect(snapshot.format).toBe('causeway.board')
    expect(snapshot.nodes.find((n) => n.id === stress)?.label).toBe('Stress')

    const c = await open(board.id, board.editToken)
    const undo = new Y.UndoManager(Object.values(boardMaps(c.doc)), { trackedOrigins: new Set([RESTORER]) })
    const beforeRestore = toSnapshot(c.doc)

    // A works offline on nodes the version also has while C restores: both changes must meet.
    a.disconnect()
    const sleepLabel = boardMaps(a.doc).nodes.get(sleep)!.get('label') as Y.Text
    sleepLabel.insert(sleepLabel.length, ' quality')
    boardMaps(a.doc).nodes.get(stress)!.set('color', 'amber')
    restoreSnapshot(c.doc, snapshot, RESTORER)
    a.connect()
    await waitFor(converged([a, b, c]), 'convergence after restore')

    const after = toSnapshot(b.doc)
    expect(after.nodes[extra]).toBeUndefined()
    expect(after.edges[link]).toBeUndefined()
    expect(after.nodes[stress]).toMatchObject({ label: 'Stress', color: 'amber' })
    expect(after.nodes[sleep]!.label).toBe('Sleep quality')
    for (const n of snapshot.nodes) expect(after.nodes[n.id], n.id).toBeDefined()
    expect(Object.keys(after.nodes)).toHaveLength(snapshot.nodes.length)

    // The restore is one step on the restorer's undo stack; undoing it brings back the later work.
    expect(undo.undoStack).toHaveLength(1)
    undo.undo()
    await waitFor(converged([a, b, c]), 'convergence after undo')
    const undone = toSnapshot(a.doc)
    expect(undone.nodes[extra]?.label).toBe('Screen time')
    expect(undone.edges[link]).toBeDefined()
    expect(undone.nodes[stress]).toMatchObject({ label: 'Exam stress', color: 'amber' })
    expect(Object.keys(undone.nodes).sort()).toEqual(Object.keys(beforeRestore.nodes).sort())
  })

  it('lists versions newest first, and refuses unknown versions and boards', async () => {
    const board = await createBoard(server.url, {})
    const p = await open(board.id, board.editToken)
    const n = addVariable(p.doc, { x: 0, y: 0, label: 'One' })
    await waitFor(() => !!server.rooms.get(board.id)?.doc.getMap('nodes').has(n), 'node to reach the server')
    const first = (await api(server, 'POST', `/api/boards/${board.id}/versions`, { name: 'one' }, board.editToken)).json as { id: string }
    removeNodes(p.doc, [n])
    await waitFor(() => !server.rooms.get(board.id)?.doc.getMap('nodes').has(n), 'delete to reach the server')
    const second = (await api(server, 'POST', `/api/boards/${board.id}/versions`, {}, board.editToken)).json as { id: string; name: string }
    expect(second.name).toMatch(/^Version of /)
    const list = (await api(server, 'GET', `/api/boards/${board.id}/versions`, undefined, board.editToken)).json as { id: string }[]
    expect(list.map((v) => v.id)).toEqual([second.id, first.id])
    const one = (await api(server, 'GET', `/api/boards/${board.id}/versions/${first.id}`, undefined, board.editToken)).json as BoardJson
    expect(one.nodes.map((x) => x.label)).toEqual(['One'])
    expect((await api(server, 'GET', `/api/boards/${board.id}/versions/nope`, undefined, board.editToken)).status).toBe(404)
    expect((await api(server, 'GET', `/api/boards/${board.id}/versions`)).status).toBe(401)

    expect((await api(server, 'DELETE', `/api/boards/${board.id}`, undefined, board.editToken)).status).toBe(204)
    expect((await api(server, 'GET', `/api/boards/${board.id}/versions`, undefined, board.editToken)).status).toBe(404)
    expect(new VersionStore(sideDb(dir)).count(board.id)).toBe(0)
  })
})
