import { afterEach, describe, expect, it } from 'vitest'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import * as Y from 'yjs'
import { boardMaps } from '@causeway/model'
import { getTemplate } from '@causeway/templates'
import type { Template } from '@causeway/templates'
import type { RunningServer, ServerConfig } from '../index'
import { connect, createBoard, removeDir, startServer, synced, tempDir } from '../testing/helpers'

/** Template FILES: uploaded as `POST /api/templates {template}` (no board, no token). */

let server: RunningServer | null = null
let dir = ''

afterEach(async () => {
  await server?.close()
  server = null
  if (dir) removeDir(dir)
})

async function start(config: Partial<ServerConfig> = {}): Promise<RunningServer> {
  dir = tempDir()
  server = await startServer(dir, config)
  return server
}

function upload(url: string, template: unknown) {
  return fetch(`${url}/api/templates`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ template }),
  })
}

function storedFiles(): string[] {
  const folder = join(dir, 'custom-templates')
  return existsSync(folder) ? readdirSync(folder) : []
}

const iceberg = getTemplate('iceberg')!

describe('uploading a template file', () => {
  it('stores a valid file under a fresh id and serves it; boards start from it', async () => {
    const s = await start()
    const res = await upload(s.url, { ...iceberg, title: 'Our iceberg', extra: 'x'.repeat(100) })
    expect(res.status).toBe(201)
    const { id, shareUrl } = (await res.json()) as { id: string; shareUrl: string }
    expect(id).toMatch(/^custom-/)
    expect(shareUrl).toBe(`${s.url}/?template=${id}`)

    const got = await fetch(`${s.url}/api/templates/custom/${id}`)
    expect(got.status).toBe(200)
    const tpl = (await got.json()) as Template & { extra?: string }
    expect(tpl.id).toBe(id)
    expect(tpl.title).toBe('Our iceberg')
    expect(tpl.habits).toEqual(iceberg.habits)
    expect(tpl.facilitatorNotes).toBe(iceberg.facilitatorNotes)
    expect(tpl.content).toEqual(iceberg.content)
    // Only template fields are kept: whatever else a file carries is not served to others.
    expect(tpl.extra).toBeUndefined()

    const board = await createBoard(s.url, { template: id })
    const doc = new Y.Doc()
    const p = connect(s.url, board.id, board.editToken, doc)
    await synced(p)
    expect(boardMaps(doc).nodes.size).toBe(iceberg.content.nodes.length)
    p.destroy()
  })

  it('round-trips a file downloaded from a saved board, with its ages, habits and notes', async () => {
    const s = await start()
    const board = await createBoard(s.url, { template: 'fixes-that-fail' })
    const saved = await fetch(`${s.url}/api/templates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${board.editToken}` },
      body: JSON.stringify({ boardId: board.id, title: 'Fix', ages: '11+', habits: [iceberg.habits[0]], facilitatorNotes: 'Pairs.' }),
    })
    expect(saved.status).toBe(201)
    const first = (await saved.json()) as { id: string }
    const file = (await (await fetch(`${s.url}/api/templates/custom/${first.id}`)).json()) as Template
    expect(file).toMatchObject({ ages: '11+', habits: [iceberg.habits[0]], facilitatorNotes: 'Pairs.' })

    const res = await upload(s.url, file)
    expect(res.status).toBe(201)
    const second = (await res.json()) as { id: string }
    expect(second.id).not.toBe(first.id)
    const copy = (await (await fetch(`${s.url}/api/templates/custom/${second.id}`)).json()) as Template
    expect({ ...copy, id: file.id }).toEqual(file)
  })

  const broken: Array<[string, unknown, string]> = [
    ['an array', [iceberg], '$'],
    ['a string', 'iceberg', '$'],
    ['null', null, '$'],
    [
      'a bad iceberg variant',
      { ...iceberg, content: { ...iceberg.content, nodes: [{ ...iceberg.content.nodes[0]!, variant: 'sideways' }] } },
      'content.nodes[0].variant',
    ],
    [
      'a note on a level that does not exist',
      { ...iceberg, content: { ...iceberg.content, nodes: [...iceberg.content.nodes, { id: 'n1', kind: 'note', label: 'x', x: 0, y: 0, parent: iceberg.content.nodes[0]!.id, level: 'deep' }] } },
      `content.nodes[${iceberg.content.nodes.length}].level`,
    ],
    [
      'a link to a missing node',
      { ...iceberg, content: { nodes: iceberg.content.nodes, edges: [{ id: 'e', source: iceberg.content.nodes[0]!.id, target: 'gone', polarity: '+', delay: false }] } },
      'content.edges[0].target',
    ],
    ['no title', { ...iceberg, title: '  ' }, 'title'],
  ]
  for (const [what, template, path] of broken) {
    it(`refuses ${what} with the path (${path}) and stores nothing`, async () => {
      const s = await start()
      const res = await upload(s.url, template)
      expect(res.status).toBe(400)
      const body = (await res.json()) as { error: string; path: string; errors: Array<{ path: string; message: string }> }
      expect(body.path).toBe(path)
      expect(body.errors[0]!.path).toBe(path)
      expect(body.error).toBe(`${path}: ${body.errors[0]!.message}`)
      expect(storedFiles()).toEqual([])
    })
  }

  it('refuses a 20 MB body with 413 before reading it, and stores nothing', async () => {
    const s = await start()
    const res = await upload(s.url, { ...iceberg, description: 'x'.repeat(20 * 1024 * 1024) })
    expect(res.status).toBe(413)
    const body = (await res.json()) as { path: string; error: string }
    expect(body.path).toBe('$')
    expect(body.error).toContain(String(s.config.maxJsonBytes))
    expect(storedFiles()).toEqual([])
  })

  it('tells the gallery the largest file it may send', async () => {
    const s = await start({ maxJsonBytes: 1000 })
    const res = await fetch(`${s.url}/api/templates/file-limits`)
    const { maxBytes } = (await res.json()) as { maxBytes: number }
    expect(maxBytes).toBeGreaterThan(900)
    expect(maxBytes).toBeLessThan(1000)
  })

  it('refuses a body with both a board and a file, and rate-limits uploads like board creation', async () => {
    const s = await start({ boardCreatesPerMin: 2 })
    const both = await fetch(`${s.url}/api/templates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ boardId: 'x', template: iceberg }),
    })
    expect(both.status).toBe(400)
    expect((await upload(s.url, iceberg)).status).toBe(201)
    expect((await upload(s.url, iceberg)).status).toBe(201)
    const third = await upload(s.url, iceberg)
    expect(third.status).toBe(429)
    expect(third.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(storedFiles()).toHaveLength(2)
  })
})
