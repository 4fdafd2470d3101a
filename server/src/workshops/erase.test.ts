import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addVariable } from '@causeway/model'
import type { WebsocketProvider } from 'y-websocket'
import type { RunningServer } from '../index'
import { DELETE_MESSAGES } from '../routes/boards'
import { closeCode, connect, rawSocket, removeDir, startServer, synced, tempDir, waitFor } from '../testing/helpers'
import { sideDb } from './side-db'
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

function closedWith(p: WebsocketProvider): Promise<number> {
  return new Promise((resolve) => p.on('connection-close', (e) => resolve(e?.code ?? 0)))
}

/** Rows the workshop itself left in the side tables (its code lives in the workshop row). */
function workshopRows(id: string): { workshops: number; teams: number } {
  const db = sideDb(dir)
  const n = (sql: string) => (db.prepare(sql).get(id) as { n: number }).n
  return {
    workshops: n('SELECT COUNT(*) AS n FROM workshops WHERE id = ?'),
    teams: n('SELECT COUNT(*) AS n FROM workshop_boards WHERE workshop_id = ?'),
  }
}

describe('deleting team boards and workshops', () => {
  it('refuses to delete a team board on its own, for a participant (locked or not) and for the facilitator', async () => {
    const w = await createWorkshop(server, { title: 'Keep', teams: 2 })
    const me = await join(server, w.code, 'Ana', 1)
    const del = (token: string) => api(server, 'DELETE', `/api/boards/${me.boardId}`, undefined, token)

    expect(await del(me.token)).toMatchObject({ status: 403, json: { error: DELETE_MESSAGES.teamBoard } })
    await api(server, 'POST', `/api/workshops/${w.id}/lock`, { locked: true }, w.facilitatorToken)
    expect(await del(me.token)).toMatchObject({ status: 403, json: { error: DELETE_MESSAGES.teamBoard } })
    expect((await del(w.facilitatorToken)).status).toBe(403)

    expect((await server.store.countRows(me.boardId)).boards).toBe(1)
    expect((await api(server, 'GET', `/api/boards/${me.boardId}`, undefined, me.token)).status).toBe(200)
  })

  it('DELETE /api/workshops/:id is for the facilitator only', async () => {
    const w = await createWorkshop(server, { title: 'Mine', teams: 1 })
    const me = await join(server, w.code, 'Ana')
    expect((await api(server, 'DELETE', `/api/workshops/${w.id}`)).status).toBe(401)
    expect((await api(server, 'DELETE', `/api/workshops/${w.id}`, undefined, me.token)).status).toBe(403)
    expect((await api(server, 'GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken)).status).toBe(200)
    expect((await server.store.countRows(me.boardId)).boards).toBe(1)
  })

  it('erases every team board (rows, tokens, versions, sockets closed with 4404), the workshop and its code', async () => {
    const w = await createWorkshop(server, { title: 'Erase me', teams: 3 })
    const ana = await join(server, w.code, 'Ana', 1)
    await join(server, w.code, 'Ben', 2)
    await api(server, 'POST', `/api/workshops/${w.id}/gallery`, { open: true }, w.facilitatorToken)
    const gallery = (await api(server, 'GET', `/api/workshops/${w.id}/gallery`, undefined, ana.token)).json as { viewToken: string }[]
    expect(gallery).toHaveLength(3)
    const version = await api(server, 'POST', `/api/boards/${ana.boardId}/versions`, { name: 'Before' }, ana.token)
    expect(version.status).toBe(201)

    const participant = await open(ana.boardId, ana.token)
    addVariable(participant.doc, { x: 0, y: 0, label: 'Our work' })
    await waitFor(async () => (await server.store.countRows(ana.boardId)).updates > 0, 'update stored')
    const participantClosed = closedWith(participant)
    const watcher = await open(w.boards[2]!.boardId, w.facilitatorToken)
    const watcherClosed = closedWith(watcher)

    const r = await api(server, 'DELETE', `/api/workshops/${w.id}`, undefined, w.facilitatorToken)
    expect(r.status).toBe(204)
    expect(await participantClosed).toBe(4404)
    expect(await watcherClosed).toBe(4404)

    for (const b of w.boards) {
      expect(await server.store.countRows(b.boardId)).toEqual({ boards: 0, tokens: 0, updates: 0, snapshots: 0 })
      expect(await closeCode(rawSocket(server.url, b.boardId, w.facilitatorToken))).toBe(4404)
    }
    const versions = sideDb(dir).prepare('SELECT COUNT(*) AS n FROM board_versions WHERE board_id = ?').get(ana.boardId)
    expect(versions).toEqual({ n: 0 })
    expect(workshopRows(w.id)).toEqual({ workshops: 0, teams: 0 })

    expect((await api(server, 'GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken)).status).toBe(404)
    expect((await api(server, 'GET', `/api/workshops/${w.id}/gallery`, undefined, ana.token)).status).toBe(404)
    expect((await api(server, 'GET', `/api/boards/${ana.boardId}`, undefined, ana.token)).status).toBe(404)
    expect((await api(server, 'POST', '/api/join', { code: w.code, name: 'Late' })).status).toBe(404)
    // Asking again (a retry after a dropped answer) is a plain 404, not an error.
    expect((await api(server, 'DELETE', `/api/workshops/${w.id}`, undefined, w.facilitatorToken)).status).toBe(404)
  })
})
