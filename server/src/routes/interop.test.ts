import { afterEach, describe, expect, it } from 'vitest'
import { addLink, addVariable, toSnapshot } from '@causeway/model'
import type { RunningServer } from '../index'
import { connect, contentOf, createBoard, removeDir, startServer, synced, tempDir, waitFor } from '../testing/helpers'
import type { WebsocketProvider } from 'y-websocket'

let server: RunningServer | null = null
let dir = ''
const providers: WebsocketProvider[] = []

afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy()
  await server?.close()
  server = null
  if (dir) removeDir(dir)
})

const auth = (token: string) => ({ authorization: `Bearer ${token}` })

describe('export and import', () => {
  it('exports a board and imports it into another live board as one change connected clients see', async () => {
    dir = tempDir()
    server = await startServer(dir)
    const s = server
    const src = await createBoard(s.url, { title: 'Source' })
    const a = connect(s.url, src.id, src.editToken)
    providers.push(a)
    await synced(a)
    const x = addVariable(a.doc, { label: 'Sleep', x: 0, y: 0 })
    const y = addVariable(a.doc, { label: 'Focus', x: 90, y: 0 })
    addLink(a.doc, { source: x, target: y, polarity: '+' })
    await waitFor(async () => (await s.store.countRows(src.id)).updates >= 3, 'edits stored')

    const exported = await fetch(`${s.url}/api/boards/${src.id}/export/json`, { headers: auth(src.viewToken) })
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toMatch(/attachment/)
    const file = await exported.text()

    const dst = await createBoard(s.url, { title: 'Target' })
    const b = connect(s.url, dst.id, dst.editToken)
    providers.push(b)
    await synced(b)
    const res = await fetch(`${s.url}/api/boards/${dst.id}/import/json`, { method: 'POST', headers: auth(dst.editToken), body: file })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ added: { nodes: 2, edges: 1 }, frameId: expect.any(String) })
    await waitFor(() => Object.keys(toSnapshot(b.doc).edges).length === 1, 'import reaches the client')
    const nodes = Object.values(toSnapshot(b.doc).nodes)
    expect(nodes.filter((n) => n.kind !== 'frame').map((n) => n.label).sort()).toEqual(['Focus', 'Sleep'])
    // Like a file dropped on the board, the import arrives in a frame of its own.
    expect(nodes.filter((n) => n.kind === 'frame').map((n) => n.label)).toEqual(['Import'])
  })

  it('refuses a bad file with 400 and errors, and changes nothing', async () => {
    dir = tempDir()
    server = await startServer(dir)
    const b = await createBoard(server.url)
    const before = await server.rooms.readDoc(b.id, (d) => contentOf(d))
    const res = await fetch(`${server.url}/api/boards/${b.id}/import/json`, { method: 'POST', headers: auth(b.editToken), body: '{"nodes": 3' })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: string; errors: { path: string; message: string }[] }
    expect(body.error).toBeTruthy()
    expect(body.errors.length).toBeGreaterThan(0)
    expect(await server.rooms.readDoc(b.id, (d) => contentOf(d))).toBe(before)
    expect((await server.store.countRows(b.id)).updates).toBe(0)
  })

  it('answers 404 for unknown formats, 403 for importing with a view token, 413 for huge files', async () => {
    dir = tempDir()
    server = await startServer(dir, { maxImportBytes: 1000 })
    const b = await createBoard(server.url)
    expect((await fetch(`${server.url}/api/boards/${b.id}/export/docx`, { headers: auth(b.editToken) })).status).toBe(404)
    expect((await fetch(`${server.url}/api/boards/${b.id}/import/docx`, { method: 'POST', headers: auth(b.editToken), body: 'x' })).status).toBe(404)
    expect((await fetch(`${server.url}/api/boards/${b.id}/import/json`, { method: 'POST', headers: auth(b.viewToken), body: '{}' })).status).toBe(403)
    expect((await fetch(`${server.url}/api/boards/${b.id}/import/json`, { method: 'POST', headers: auth(b.editToken), body: 'x'.repeat(5000) })).status).toBe(413)
  })
})
