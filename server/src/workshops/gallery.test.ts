import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addVariable, toSnapshot } from '@causeway/model'
import type { WebsocketProvider } from 'y-websocket'
import type { RunningServer } from '../index'
import { closeCode, connect, rawSocket, removeDir, startServer, synced, tempDir, waitFor } from '../testing/helpers'
import { api, createWorkshop, join } from './workshop-fixtures'

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

type Gallery = { team: number; boardId: string; viewToken: string }[]

describe('gallery walk tokens', () => {
  it('stop working when the gallery closes: 401 on the API, 4401 on open and new sockets; team members keep theirs', async () => {
    const w = await createWorkshop(server, { title: 'Walk', teams: 2 })
    const ana = await join(server, w.code, 'Ana', 1)
    const ben = await join(server, w.code, 'Ben', 2)
    const path = `/api/workshops/${w.id}/gallery`
    await api(server, 'POST', path, { open: true }, w.facilitatorToken)
    const list = (await api(server, 'GET', path, undefined, ana.token)).json as Gallery
    const theirs = list.find((t) => t.boardId === ben.boardId)!
    expect(await server.store.checkToken(ben.boardId, theirs.viewToken)).toBe('gallery')
    expect((await api(server, 'GET', `/api/boards/${ben.boardId}`, undefined, theirs.viewToken)).json).toMatchObject({ role: 'view' })
    // A visitor's token is no key to the gallery itself.
    expect((await api(server, 'GET', path, undefined, theirs.viewToken)).status).toBe(403)

    const visitor = await open(ben.boardId, theirs.viewToken)
    const visitorClosed = new Promise<number>((resolve) => visitor.on('connection-close', (e) => resolve(e?.code ?? 0)))
    const member = await open(ben.boardId, ben.token)
    const watcher = await open(ben.boardId, w.facilitatorToken)

    expect((await api(server, 'POST', path, { open: false }, w.facilitatorToken)).status).toBe(200)
    expect(await visitorClosed).toBe(4401)
    expect((await api(server, 'GET', `/api/boards/${ben.boardId}`, undefined, theirs.viewToken)).status).toBe(401)
    expect(await closeCode(rawSocket(server.url, ben.boardId, theirs.viewToken))).toBe(4401)
    for (const t of list) expect(await server.store.checkToken(t.boardId, t.viewToken)).toBeNull()

    // The team's own sockets were left alone and still write.
    const id = addVariable(member.doc, { x: 0, y: 0, label: 'still ours' })
    await waitFor(() => toSnapshot(watcher.doc).nodes[id]?.label === 'still ours', 'member write after the walk')

    // A new walk hands out new tokens; the old ones stay dead.
    await api(server, 'POST', path, { open: true }, w.facilitatorToken)
    const again = (await api(server, 'GET', path, undefined, ana.token)).json as Gallery
    expect(again.find((t) => t.boardId === ben.boardId)!.viewToken).not.toBe(theirs.viewToken)
    expect((await api(server, 'GET', `/api/boards/${ben.boardId}`, undefined, theirs.viewToken)).status).toBe(401)
  })

  it('closing also revokes view tokens minted as plain "view" by earlier versions', async () => {
    const w = await createWorkshop(server, { title: 'Old walk', teams: 1 })
    const boardId = w.boards[0]!.boardId
    const legacy = await server.store.mintToken(boardId, 'view')
    await api(server, 'POST', `/api/workshops/${w.id}/gallery`, { open: false }, w.facilitatorToken)
    expect(await server.store.checkToken(boardId, legacy)).toBeNull()
    expect(await server.store.checkToken(boardId, w.facilitatorToken)).toBe('facilitator')
  })
})
