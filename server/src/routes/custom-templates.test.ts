import { afterEach, describe, expect, it } from 'vitest'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import * as Y from 'yjs'
import { addNode, boardMaps } from '@causeway/model'
import type { RunningServer } from '../index'
import { connect, createBoard, removeDir, startServer, synced, tempDir, waitFor } from '../testing/helpers'

let server: RunningServer | null = null
let dir = ''

afterEach(async () => {
  await server?.close()
  server = null
  if (dir) removeDir(dir)
})

async function start(): Promise<RunningServer> {
  dir = tempDir()
  server = await startServer(dir)
  return server
}

function save(url: string, token: string, body: Record<string, unknown>) {
  return fetch(`${url}/api/templates`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  })
}

describe('custom templates', () => {
  it('saves a board as a template, serves it by id and starts new boards from it', async () => {
    const s = await start()
    const board = await createBoard(s.url, { template: 'fixes-that-fail' })
    const res = await save(s.url, board.editToken, { boardId: board.id, title: 'Our fix', description: 'From our workshop' })
    expect(res.status).toBe(201)
    const { id, shareUrl } = (await res.json()) as { id: string; shareUrl: string }
    expect(shareUrl).toBe(`${s.url}/?template=${id}`)

    const got = await fetch(`${s.url}/api/templates/custom/${id}`)
    expect(got.status).toBe(200)
    const tpl = (await got.json()) as { title: string; content: { nodes: unknown[]; edges: unknown[] } }
    expect(tpl.title).toBe('Our fix')
    expect(tpl.content.nodes.length).toBeGreaterThan(0)

    const copy = await createBoard(s.url, { template: id })
    const doc = new Y.Doc()
    const p = connect(s.url, copy.id, copy.editToken, doc)
    await synced(p)
    expect(boardMaps(doc).nodes.size).toBe(tpl.content.nodes.length)
    expect(boardMaps(doc).edges.size).toBe(tpl.content.edges.length)
    p.destroy()
  })

  it('refuses view tokens, unknown ids and missing titles', async () => {
    const s = await start()
    const board = await createBoard(s.url)
    expect((await save(s.url, board.viewToken, { boardId: board.id, title: 'x' })).status).toBe(403)
    const noTitle = await save(s.url, board.editToken, { boardId: board.id })
    expect(noTitle.status).toBe(400)
    expect(((await noTitle.json()) as { path: string }).path).toBe('title')
    expect((await fetch(`${s.url}/api/templates/custom/custom-doesnotexist0000000`)).status).toBe(404)
    expect((await fetch(`${s.url}/api/templates/custom/..%2Fcauseway.db`)).status).toBe(404)
  })

  it('answers 400 with the path of bad board content and stores nothing', async () => {
    const s = await start()
    const board = await createBoard(s.url)
    const doc = new Y.Doc()
    const p = connect(s.url, board.id, board.editToken, doc)
    await synced(p)
    addNode(doc, { kind: 'frame', label: 'Broken', x: 0, y: 0, fields: { w: -5, h: 100 } })
    // The write reaches the server before we ask it to read the board.
    await waitFor(async () => {
      const r = await fetch(`${s.url}/api/boards/${board.id}/export/json`, { headers: { authorization: `Bearer ${board.editToken}` } })
      return r.ok && (await r.text()).includes('Broken')
    }, 'write to arrive')
    const res = await save(s.url, board.editToken, { boardId: board.id, title: 'Bad' })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { path: string; error: string }
    expect(body.path).toBe('content.nodes[0].w')
    const folder = join(dir, 'custom-templates')
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([])
    p.destroy()
  })
})
