import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import JSZip from 'jszip'
import { addVariable, boardMaps, toSnapshot } from '@causeway/model'
import { templates } from '@causeway/templates'
import type { WebsocketProvider } from 'y-websocket'
import type { RunningServer } from '../index'
import { connect, removeDir, startServer, synced, tempDir, waitFor } from '../testing/helpers'
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

/** Nodes in the store (snapshot + log), i.e. what survives a restart. */
async function storedNodeIds(boardId: string): Promise<string[]> {
  const state = await server.store.loadState(boardId)
  const doc = new Y.Doc()
  if (state?.snapshot) Y.applyUpdate(doc, state.snapshot)
  for (const u of state?.updates ?? []) Y.applyUpdate(doc, u)
  return Object.keys(toSnapshot(doc).nodes)
}

/**
 * Frames on one socket are handled in order, so once another client sees `p`'s presence marker
 * the server has handled every update `p` sent before it. A server-side change made after that
 * is stored and relayed after anything the server accepted from `p`, so once the observer sees
 * it, the observer has seen everything `p` got through.
 */
async function fence(p: WebsocketProvider, observer: WebsocketProvider, boardId: string, mark: string): Promise<void> {
  p.awareness.setLocalStateField('mark', mark)
  await waitFor(() => observer.awareness.getStates().get(p.doc.clientID)?.mark === mark, 'presence fence')
  await server.rooms.withDoc(boardId, (doc) => boardMaps(doc).meta.set('fence', mark))
  await waitFor(() => boardMaps(observer.doc).meta.get('fence') === mark, 'document fence')
}

describe('facilitator controls', () => {
  it("lock refuses participants' writes (never stored or relayed) and sets meta.locked; unlock restores writing", async () => {
    const w = await createWorkshop(server, { title: 'Lock', teams: 2 })
    const me = await join(server, w.code, 'Ana', 1)
    const boardId = me.boardId
    const participant = await open(boardId, me.token)
    const facilitator = await open(boardId, w.facilitatorToken)

    expect((await api(server, 'POST', `/api/workshops/${w.id}/lock`, { locked: true }, w.facilitatorToken)).status).toBe(200)
    await waitFor(() => boardMaps(participant.doc).meta.get('locked') === true, 'meta.locked to reach the participant')
    const other = await open(w.boards[1]!.boardId, w.facilitatorToken)
    expect(boardMaps(other.doc).meta.get('locked')).toBe(true)

    const refused = addVariable(participant.doc, { x: 0, y: 0, label: 'written while locked' })
    await fence(participant, facilitator, boardId, 'after-locked-write')
    expect(toSnapshot(facilitator.doc).nodes[refused]).toBeUndefined()
    expect(await storedNodeIds(boardId)).not.toContain(refused)

    await api(server, 'POST', `/api/workshops/${w.id}/lock`, { locked: false }, w.facilitatorToken)
    await waitFor(() => boardMaps(facilitator.doc).meta.get('locked') === false, 'meta.locked=false')
    const again = await join(server, w.code, 'Ben', 1)
    const later = await open(boardId, again.token)
    const accepted = addVariable(later.doc, { x: 0, y: 0, label: 'after unlock' })
    await waitFor(() => toSnapshot(facilitator.doc).nodes[accepted]?.label === 'after unlock', 'write after unlock')
    expect(await storedNodeIds(boardId)).toContain(accepted)
    const summary = await api(server, 'GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken)
    expect(summary.json).toMatchObject({ locked: false })
  })

  it('gallery gives view tokens only while open, and those tokens cannot write', async () => {
    const w = await createWorkshop(server, { title: 'Gallery', teams: 2 })
    const me = await join(server, w.code, 'Ana', 1)
    const gallery = `/api/workshops/${w.id}/gallery`
    expect((await api(server, 'GET', gallery, undefined, me.token)).status).toBe(403)
    expect((await api(server, 'POST', gallery, { open: true }, me.token)).status).toBe(403)
    expect((await api(server, 'POST', gallery, { open: true }, w.facilitatorToken)).status).toBe(200)

    const list = (await api(server, 'GET', gallery, undefined, me.token)).json as { team: number; boardId: string; viewToken: string }[]
    expect(list.map((t) => t.team)).toEqual([1, 2])
    const theirs = list[1]!
    const board = await api(server, 'GET', `/api/boards/${theirs.boardId}`, undefined, theirs.viewToken)
    expect(board.json).toMatchObject({ role: 'view' })

    const owner = await open(theirs.boardId, w.facilitatorToken)
    const visitor = await open(theirs.boardId, theirs.viewToken)
    const scribble = addVariable(visitor.doc, { x: 0, y: 0, label: 'graffiti' })
    await fence(visitor, owner, theirs.boardId, 'after-visitor-write')
    expect(toSnapshot(owner.doc).nodes[scribble]).toBeUndefined()
    expect(await storedNodeIds(theirs.boardId)).not.toContain(scribble)

    await api(server, 'POST', gallery, { open: false }, w.facilitatorToken)
    expect((await api(server, 'GET', gallery, undefined, me.token)).status).toBe(403)
  })

  it("broadcast lands in every board's meta, and an empty message clears it", async () => {
    const w = await createWorkshop(server, { title: 'Broadcast', teams: 3 })
    const boards = await Promise.all(w.boards.map((b) => open(b.boardId, w.facilitatorToken)))
    const r = await api(server, 'POST', `/api/workshops/${w.id}/broadcast`, { message: 'Five minutes left', timerSeconds: 300 }, w.facilitatorToken)
    expect(r.status).toBe(200)
    for (const p of boards) {
      await waitFor(() => (boardMaps(p.doc).meta.get('broadcast') as { message?: string } | undefined)?.message === 'Five minutes left', 'banner')
      const b = boardMaps(p.doc).meta.get('broadcast') as { sentAt: number; timerEndsAt: number }
      expect(b.timerEndsAt - b.sentAt).toBe(300_000)
    }
    await api(server, 'POST', `/api/workshops/${w.id}/broadcast`, { message: '' }, w.facilitatorToken)
    for (const p of boards) await waitFor(() => !boardMaps(p.doc).meta.has('broadcast'), 'banner cleared')
  })

  it('template push places the template beside existing work on every board', async () => {
    const tpl = templates.find((t) => t.content.nodes.length > 0)
    expect(tpl, 'a template with content').toBeDefined()
    const w = await createWorkshop(server, { title: 'Push', teams: 2 })
    const first = await open(w.boards[0]!.boardId, w.facilitatorToken)
    const mine = addVariable(first.doc, { x: 0, y: 0, label: 'ours' })
    await fence(first, await open(w.boards[0]!.boardId, w.facilitatorToken), w.boards[0]!.boardId, 'before-push')

    const r = await api(server, 'POST', `/api/workshops/${w.id}/template`, { template: tpl!.id }, w.facilitatorToken)
    expect(r.status).toBe(200)
    expect((await api(server, 'POST', `/api/workshops/${w.id}/template`, { template: 'nope' }, w.facilitatorToken)).status).toBe(400)
    await waitFor(() => Object.keys(toSnapshot(first.doc).nodes).length === tpl!.content.nodes.length + 1, 'template on board 1')
    const placed = Object.values(toSnapshot(first.doc).nodes).filter((n) => n.id !== mine)
    expect(Math.min(...placed.map((n) => n.x))).toBeGreaterThan(0)
    expect(await storedNodeIds(w.boards[1]!.boardId)).toHaveLength(tpl!.content.nodes.length)
  })

  it('export returns a zip with the JSON and SVG of every board', async () => {
    const w = await createWorkshop(server, { title: 'Export', teams: 3, teamNames: ['Otters', 'Otters'] })
    const p = await open(w.boards[0]!.boardId, w.facilitatorToken)
    addVariable(p.doc, { x: 0, y: 0, label: 'Belonging' })
    await fence(p, await open(w.boards[0]!.boardId, w.facilitatorToken), w.boards[0]!.boardId, 'before-export')

    const r = await api(server, 'GET', `/api/workshops/${w.id}/export`, undefined, w.facilitatorToken)
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('application/zip')
    const zip = await JSZip.loadAsync(r.bytes)
    const names = Object.keys(zip.files).sort()
    expect(names).toEqual(
      ['Otters', 'Otters (2)', 'Team 3'].flatMap((n) => [`${n}.causeway.json`, `${n}.svg`]).sort(),
    )
    const json = JSON.parse(await zip.file('Otters.causeway.json')!.async('string'))
    expect(json.format).toBe('causeway.board')
    expect(json.nodes.map((n: { label: string }) => n.label)).toEqual(['Belonging'])
    expect(await zip.file('Team 3.svg')!.async('string')).toContain('<svg')
  })

  it("only the facilitator's socket may claim the facilitator role in presence", async () => {
    const w = await createWorkshop(server, { title: 'Follow', teams: 1 })
    const me = await join(server, w.code, 'Ana')
    const watcher = await open(me.boardId, me.token)
    const participant = await open(me.boardId, me.token)
    const facilitator = await open(me.boardId, w.facilitatorToken)

    participant.awareness.setLocalState({ name: 'Ana', role: 'facilitator', follow: { x: 0, y: 0, zoom: 1 } })
    facilitator.awareness.setLocalState({ name: 'Sam', role: 'facilitator', follow: { x: 5, y: 5, zoom: 2 } })
    await waitFor(() => watcher.awareness.getStates().get(facilitator.doc.clientID)?.role === 'facilitator', 'facilitator presence')
    // The participant's claim went first on its own socket; a later honest state proves it was handled.
    participant.awareness.setLocalState({ name: 'Ana' })
    await waitFor(() => watcher.awareness.getStates().get(participant.doc.clientID)?.name === 'Ana', 'participant presence')
    expect(watcher.awareness.getStates().get(participant.doc.clientID)?.role).toBeUndefined()
    expect(watcher.awareness.getStates().get(facilitator.doc.clientID)?.follow).toEqual({ x: 5, y: 5, zoom: 2 })
  })
})
