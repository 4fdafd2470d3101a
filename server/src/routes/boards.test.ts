import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { RunningServer } from '../index'
import { closeCode, connect, createBoard, rawSocket, removeDir, startServer, synced, tempDir, waitFor } from '../testing/helpers'
import { addVariable } from '@causeway/model'

let server: RunningServer | null = null
let dir = ''

afterEach(async () => {
  await server?.close()
  server = null
  if (dir) removeDir(dir)
})

async function start(config = {}): Promise<RunningServer> {
  dir = tempDir()
  server = await startServer(dir, config)
  return server
}

type Json = Record<string, unknown>
const auth = (token: string) => ({ authorization: `Bearer ${token}` })

describe('boards API', () => {
  it('creates a board with share links whose tokens ride in the URL fragment', async () => {
    const s = await start()
    const res = await fetch(`${s.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', host: 'school.example:8080' },
      body: JSON.stringify({ title: 'Playground' }),
    })
    expect(res.status).toBe(201)
    const b = (await res.json()) as Record<string, string>
    expect(b.editToken!.length).toBeGreaterThanOrEqual(22)
    expect(b.editUrl).toBe(`http://${new URL(s.url).host}/b/${b.id}#t=${b.editToken}`)
    expect(b.viewUrl).toBe(`http://${new URL(s.url).host}/b/${b.id}#t=${b.viewToken}`)
  })

  it('reports metadata and the role each token grants', async () => {
    const s = await start()
    const b = await createBoard(s.url, { title: 'Homework load', template: 'blank' })
    const edit = (await (await fetch(`${s.url}/api/boards/${b.id}`, { headers: auth(b.editToken) })).json()) as Json
    expect(edit).toMatchObject({ id: b.id, title: 'Homework load', role: 'edit', locked: false, template: 'blank' })
    expect(typeof edit.createdAt).toBe('number')
    const view = (await (await fetch(`${s.url}/api/boards/${b.id}`, { headers: auth(b.viewToken) })).json()) as Json
    expect(view.role).toBe('view')
  })

  it('stores tokens only as hashes', async () => {
    const s = await start()
    const b = await createBoard(s.url)
    await s.close()
    server = null
    const db = new Database(join(dir, 'causeway.db'), { readonly: true })
    const rows = db.prepare('SELECT hash FROM tokens').all() as { hash: string }[]
    db.close()
    expect(rows).toHaveLength(2)
    for (const r of rows) expect([b.editToken, b.viewToken]).not.toContain(r.hash)
  })

  it('answers 401 without or with a wrong token and 404 for an unknown board, as JSON errors', async () => {
    const s = await start()
    const b = await createBoard(s.url)
    const none = await fetch(`${s.url}/api/boards/${b.id}`)
    expect(none.status).toBe(401)
    expect(((await none.json()) as Json).error).toMatch(/token/i)
    expect((await fetch(`${s.url}/api/boards/${b.id}`, { headers: auth('nope') })).status).toBe(401)
    const unknown = await fetch(`${s.url}/api/boards/doesnotexist`, { headers: auth(b.editToken) })
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toHaveProperty('error')
  })

  it('starts a board from a template and refuses unknown templates with 400', async () => {
    const s = await start()
    const ok = await createBoard(s.url, { template: 'blank' })
    expect(ok.id).toBeTruthy()
    const bad = await fetch(`${s.url}/api/boards`, { method: 'POST', body: JSON.stringify({ template: 'nope' }) })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as Json).error).toMatch(/template/i)
    const list = (await (await fetch(`${s.url}/api/templates`)).json()) as { id: string }[]
    expect(list.map((t) => t.id)).toContain('blank')
  })

  it('refuses bodies over the limit with 413 and non-JSON with 400', async () => {
    const s = await start({ maxJsonBytes: 100 })
    const big = await fetch(`${s.url}/api/boards`, { method: 'POST', body: JSON.stringify({ title: 'x'.repeat(500) }) })
    expect(big.status).toBe(413)
    const bad = await fetch(`${s.url}/api/boards`, { method: 'POST', body: '{nope' })
    expect(bad.status).toBe(400)
  })

  it('DELETE needs an edit token, removes every row and closes the board sockets with 4404', async () => {
    const s = await start()
    const b = await createBoard(s.url)
    const p = connect(s.url, b.id, b.editToken)
    await synced(p)
    addVariable(p.doc, { label: 'x', x: 0, y: 0 })
    await waitFor(async () => (await s.store.countRows(b.id)).updates > 0, 'update stored')
    const closed = new Promise<number>((resolve) => p.on('connection-close', (e) => resolve(e?.code ?? 0)))
    expect((await fetch(`${s.url}/api/boards/${b.id}`, { method: 'DELETE', headers: auth(b.viewToken) })).status).toBe(403)
    expect((await fetch(`${s.url}/api/boards/${b.id}`, { method: 'DELETE', headers: auth(b.editToken) })).status).toBe(204)
    expect(await closed).toBe(4404)
    p.destroy()
    expect(await s.store.countRows(b.id)).toEqual({ boards: 0, tokens: 0, updates: 0, snapshots: 0 })
    expect(await closeCode(rawSocket(s.url, b.id, b.editToken))).toBe(4404)
    expect((await fetch(`${s.url}/api/boards/${b.id}`, { headers: auth(b.editToken) })).status).toBe(404)
  })
})

describe('static client and headers', () => {
  it('serves a short page telling you to build when the client is missing', async () => {
    const s = await start()
    const res = await fetch(`${s.url}/`)
    expect(res.status).toBe(200)
    expect(await res.text()).toMatch(/build/i)
  })

  it('serves the built client with SPA fallback, content types, long cache for hashed assets and a strict CSP', async () => {
    const d = tempDir()
    mkdirSync(join(d, 'assets'))
    writeFileSync(join(d, 'index.html'), '<!doctype html><title>app</title>')
    writeFileSync(join(d, 'assets', 'main-abc123.js'), 'console.log(1)')
    try {
      const s = await start({ clientDir: d })
      for (const path of ['/', '/b/abc', '/w/xyz', '/join', '/join/ABC']) {
        const res = await fetch(`${s.url}${path}`)
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toMatch(/text\/html/)
        expect(await res.text()).toContain('<title>app</title>')
      }
      const js = await fetch(`${s.url}/assets/main-abc123.js`)
      expect(js.headers.get('content-type')).toMatch(/javascript/)
      expect(js.headers.get('cache-control')).toMatch(/immutable/)
      const csp = js.headers.get('content-security-policy')!
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("connect-src 'self' ws: wss:")
      expect(js.headers.get('referrer-policy')).toBe('no-referrer')
      expect((await fetch(`${s.url}/assets/../../etc/passwd`)).status).toBe(404)
      expect((await fetch(`${s.url}/nope.txt`)).status).toBe(404)
    } finally {
      removeDir(d)
    }
  })

  it('answers healthz and Prometheus metrics', async () => {
    const s = await start()
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200)
    const text = await (await fetch(`${s.url}/metrics`)).text()
    expect(text).toContain('causeway_ws_connections')
    expect(text).toContain('causeway_store_write_seconds_bucket')
  })
})
