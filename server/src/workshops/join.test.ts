import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addVariable, toSnapshot } from '@causeway/model'
import type { RunningServer } from '../index'
import { closeCode, connect, rawSocket, removeDir, startServer, synced, tempDir, waitFor } from '../testing/helpers'
import { api, createWorkshop, join } from './workshop-fixtures'
import { MESSAGES } from './join'

let dir: string
let server: RunningServer

beforeEach(async () => {
  dir = tempDir()
  server = await startServer(dir, { joinAttemptsPerMin: 5, joinWindowMs: 1000 })
})
afterEach(async () => {
  await server.close()
  removeDir(dir)
})

/** A window longer than the test, so nothing passes only because a window ran out on a slow machine. */
async function longWindow(): Promise<void> {
  await server.close()
  server = await startServer(dir, { joinAttemptsPerMin: 5, joinWindowMs: 60_000 })
}

describe('joining a workshop with a code', () => {
  it('throttles code guessing per IP, and keeps refusing a right code until the window passes', async () => {
    const w = await createWorkshop(server, { title: 'Guessing', teams: 2 })
    for (let i = 0; i < 5; i++) {
      const r = await api(server, 'POST', '/api/join', { code: `ZZZZ-ZZZ${'23456'[i]}`, name: 'Mallory' })
      expect(r.status).toBe(404)
    }
    const limited = await api(server, 'POST', '/api/join', { code: 'ZZZZ-ZZZ7', name: 'Mallory' })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    const right = await api(server, 'POST', '/api/join', { code: w.code, name: 'Ana' })
    expect(right.status).toBe(429)
    await waitFor(async () => (await api(server, 'POST', '/api/join', { code: w.code, name: 'Ana' })).status === 200, 'window to pass')
  })

  it('a class behind one network retyping the same typo is not locked out; neither expired nor turned-off codes count', async () => {
    await longWindow()
    const w = await createWorkshop(server, { title: 'One school', teams: 2 })
    // The limit is 5 distinct wrong codes: far more tries of one typo (and of a misshapen code) are fine.
    for (let i = 0; i < 12; i++) {
      expect((await api(server, 'POST', '/api/join', { code: 'ZZZZ-ZZZZ', name: `Student ${i}` })).status).toBe(404)
      expect((await api(server, 'POST', '/api/join', { code: 'ZZZZ-ZZZ', name: `Student ${i}` })).status).toBe(404)
    }
    await api(server, 'POST', `/api/workshops/${w.id}/code`, { action: 'revoke' }, w.facilitatorToken)
    for (let i = 0; i < 8; i++) {
      const r = await api(server, 'POST', '/api/join', { code: w.code, name: 'Early bird' })
      expect(r).toMatchObject({ status: 404, json: { error: MESSAGES.revoked } })
    }
    const expired = await createWorkshop(server, { title: 'Yesterday', teams: 1, codeTtlHours: 1e-7 })
    await waitFor(async () => (await api(server, 'POST', '/api/join', { code: expired.code, name: 'A' })).status === 404, 'expiry')
    for (let i = 0; i < 8; i++) expect((await api(server, 'POST', '/api/join', { code: expired.code, name: 'A' })).status).toBe(404)

    const renewed = (await api(server, 'POST', `/api/workshops/${w.id}/code`, { action: 'renew' }, w.facilitatorToken)).json as { code: string }
    expect((await join(server, renewed.code, 'Ana')).workshopId).toBe(w.id)
  })

  it('looks a code up for the join page: title and real teams, no board ids; wrong codes count as for joining', async () => {
    await longWindow()
    const w = await createWorkshop(server, { title: 'Three teams', teams: 3, teamNames: ['Otters', 'Kestrels'] })
    await join(server, w.code, 'Ana', 2)
    const r = await api(server, 'POST', '/api/join/teams', { code: w.code.toLowerCase() })
    expect(r).toMatchObject({ status: 200 })
    expect(r.json).toEqual({
      title: 'Three teams',
      teams: [
        { team: 1, name: 'Otters', joined: 0 },
        { team: 2, name: 'Kestrels', joined: 1 },
        { team: 3, name: 'Team 3', joined: 0 },
      ],
    })

    await api(server, 'POST', `/api/workshops/${w.id}/code`, { action: 'revoke' }, w.facilitatorToken)
    expect(await api(server, 'POST', '/api/join/teams', { code: w.code })).toMatchObject({ status: 404, json: { error: MESSAGES.revoked } })
    // Five distinct wrong codes looked up (the limit here): every lookup and join from the IP is refused.
    for (let i = 0; i < 5; i++) {
      const wrong = await api(server, 'POST', '/api/join/teams', { code: `ZZZZ-ZZZ${'23456'[i]}` })
      expect(wrong).toMatchObject({ status: 404, json: { error: MESSAGES.wrong } })
    }
    const limited = await api(server, 'POST', '/api/join/teams', { code: w.code })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await api(server, 'POST', '/api/join', { code: w.code, name: 'Ben' })).status).toBe(429)
  })

  it('answers 404 with a clear message for wrong, revoked and expired codes', async () => {
    const w = await createWorkshop(server, { title: 'Codes', teams: 1 })
    const wrong = await api(server, 'POST', '/api/join', { code: 'ABCD-EFGH', name: 'Ana' })
    expect(wrong).toMatchObject({ status: 404, json: { error: MESSAGES.wrong } })

    const revoke = await api(server, 'POST', `/api/workshops/${w.id}/code`, { action: 'revoke' }, w.facilitatorToken)
    expect(revoke.json).toMatchObject({ revoked: true, code: w.code })
    const revoked = await api(server, 'POST', '/api/join', { code: w.code, name: 'Ana' })
    expect(revoked).toMatchObject({ status: 404, json: { error: MESSAGES.revoked } })

    const renew = await api(server, 'POST', `/api/workshops/${w.id}/code`, { action: 'renew' }, w.facilitatorToken)
    const fresh = renew.json as { code: string; revoked: boolean }
    expect(fresh.revoked).toBe(false)
    expect(fresh.code).not.toBe(w.code)
    expect((await api(server, 'POST', '/api/join', { code: w.code, name: 'Ana' })).status).toBe(404)
    // Codes are case- and dash-insensitive as typed by a student.
    expect((await join(server, fresh.code.toLowerCase().replace('-', ''), 'Ana')).workshopId).toBe(w.id)

    const short = await createWorkshop(server, { title: 'Short', teams: 1, codeTtlHours: 1e-7 })
    await waitFor(async () => {
      const r = await api(server, 'POST', '/api/join', { code: short.code, name: 'Ana' })
      return r.status === 404 && (r.json as { error: string }).error === MESSAGES.expired
    }, 'code to expire')
  })

  it('places participants in the emptiest team and returns an edit token a stock provider syncs with', async () => {
    const w = await createWorkshop(server, { title: 'Teams', teams: 3, teamNames: ['Otters'] })
    expect(w.boards.map((b) => b.name)).toEqual(['Otters', 'Team 2', 'Team 3'])
    const joins = []
    for (const name of ['A', 'B', 'C', 'D']) joins.push(await join(server, w.code, name))
    expect(joins.map((j) => j.team)).toEqual([1, 2, 3, 1])
    expect((await join(server, w.code, 'E', 3)).team).toBe(3)
    const noTeam = await api(server, 'POST', '/api/join', { code: w.code, name: 'F', team: 9 })
    expect(noTeam).toMatchObject({ status: 400, json: { error: 'There is no team 9 in this workshop.' } })
    expect(joins[0]).toMatchObject({ teamName: 'Otters', boardId: w.boards[0]!.boardId, title: 'Teams' })
    expect(joins[0]!.boardUrl).toContain(`/b/${w.boards[0]!.boardId}#t=`)

    const participant = connect(server.url, joins[0]!.boardId, joins[0]!.token)
    const facilitator = connect(server.url, joins[0]!.boardId, w.facilitatorToken)
    try {
      await Promise.all([synced(participant), synced(facilitator)])
      const id = addVariable(participant.doc, { x: 0, y: 0, label: 'Trust' })
      await waitFor(() => toSnapshot(facilitator.doc).nodes[id]?.label === 'Trust', 'participant edit to arrive')
      const summary = await api(server, 'GET', `/api/workshops/${w.id}`, undefined, w.facilitatorToken)
      const teams = (summary.json as { teams: { joined: number }[] }).teams
      expect(teams.map((t) => t.joined)).toEqual([2, 1, 2])
    } finally {
      participant.destroy()
      facilitator.destroy()
    }
  })

  it("refuses a participant token on the workshop API and on another team's board", async () => {
    const w = await createWorkshop(server, { title: 'Walls', teams: 2 })
    const me = await join(server, w.code, 'Ana', 1)
    expect((await api(server, 'GET', `/api/workshops/${w.id}`, undefined, me.token)).status).toBe(403)
    expect((await api(server, 'POST', `/api/workshops/${w.id}/lock`, { locked: true }, me.token)).status).toBe(403)
    expect((await api(server, 'GET', `/api/workshops/${w.id}`)).status).toBe(401)

    const otherBoard = w.boards[1]!.boardId
    expect(await closeCode(rawSocket(server.url, otherBoard, me.token))).toBe(4401)
    const rows = await server.store.loadState(otherBoard)
    const doc = new Y.Doc()
    if (rows?.snapshot) Y.applyUpdate(doc, rows.snapshot)
    for (const u of rows?.updates ?? []) Y.applyUpdate(doc, u)
    expect(Object.keys(toSnapshot(doc).nodes)).toEqual([])
  })
})
