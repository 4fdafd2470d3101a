import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { templates } from '@causeway/templates'
import type { RunningServer } from '../index'
import { removeDir, startServer, tempDir } from '../testing/helpers'
import { api, createWorkshop } from './workshop-fixtures'
import { CODE_ALPHABET } from './join-code'

let dir: string
let server: RunningServer

beforeEach(async () => {
  dir = tempDir()
  server = await startServer(dir)
})
afterEach(async () => {
  await server.close()
  removeDir(dir)
})

describe('creating a workshop', () => {
  it('makes one board per team from the template, and the facilitator token edits every one', async () => {
    const tpl = templates.find((t) => t.content.nodes.length > 0)!
    const w = await createWorkshop(server, { title: 'Year 9', teams: 3, template: tpl.id })
    expect(w.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{4}-[${CODE_ALPHABET}]{4}$`))
    expect(w.facilitatorUrl).toBe(`${server.url}/w/${w.id}#t=${w.facilitatorToken}`)
    expect(w.joinUrl).toContain(`/join#code=${w.code}`)
    expect(w.codeExpiresAt).toBeGreaterThan(Date.now() + 11 * 3_600_000)
    expect(w.boards.map((b) => b.team)).toEqual([1, 2, 3])
    for (const b of w.boards) {
      const board = await api(server, 'GET', `/api/boards/${b.boardId}`, undefined, w.facilitatorToken)
      expect(board.json).toMatchObject({ title: `Year 9 — Team ${b.team}`, role: 'edit', template: tpl.id })
      const json = await api(server, 'GET', `/api/boards/${b.boardId}/export/json`, undefined, w.facilitatorToken)
      expect(JSON.parse(json.bytes.toString('utf8')).nodes).toHaveLength(tpl.content.nodes.length)
    }
    const summary = await api(server, 'GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken)
    expect(summary.json).toEqual({
      id: w.id,
      title: 'Year 9',
      code: w.code,
      codeExpiresAt: w.codeExpiresAt,
      revoked: false,
      teamsSeeEachOther: false,
      locked: false,
      galleryOpen: false,
      broadcast: null,
      teams: w.boards.map((b) => ({ ...b, joined: 0 })),
    })
  })

  it.each([
    ['no title', { teams: 2 }],
    ['zero teams', { title: 'x', teams: 0 }],
    ['too many teams', { title: 'x', teams: 51 }],
    ['an unknown template', { title: 'x', teams: 2, template: 'no-such-template' }],
  ])('refuses %s with 400 and a reason', async (_what, body) => {
    const r = await api(server, 'POST', '/api/workshops', body)
    expect(r.status).toBe(400)
    expect((r.json as { error: string }).error).toBeTruthy()
  })

  it('opens the gallery from the start when teams may see each other', async () => {
    const w = await createWorkshop(server, { title: 'Open', teams: 2, teamsSeeEachOther: true })
    const summary = await api(server, 'GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken)
    expect(summary.json).toMatchObject({ teamsSeeEachOther: true, galleryOpen: true })
    const gallery = await api(server, 'GET', `/api/workshops/${w.id}/gallery`, undefined, w.facilitatorToken)
    expect((gallery.json as unknown[]).length).toBe(2)
  })
})
