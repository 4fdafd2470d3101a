import { afterEach, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { pino } from 'pino'
import { addVariable, insertContent, toSnapshot } from '@causeway/model'
import type { WebsocketProvider } from 'y-websocket'
import { createServer } from '../index'
import type { RunningServer } from '../index'
import {
  closeCode,
  connect,
  createBoard,
  rawSocket,
  removeDir,
  startServer,
  synced,
  tempDir,
  waitFor,
} from '../testing/helpers'

let server: RunningServer | null = null
let dir = ''
const providers: WebsocketProvider[] = []

afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy()
  await server?.close()
  server = null
  if (dir) removeDir(dir)
})

describe('room lifecycle', () => {
  it('unloads an idle room and compacts its log into one snapshot', async () => {
    dir = tempDir()
    server = await startServer(dir, { roomIdleMs: 50 })
    const s = server
    const b = await createBoard(s.url)
    const p = connect(s.url, b.id, b.editToken)
    providers.push(p)
    await synced(p)
    for (let i = 0; i < 20; i++) addVariable(p.doc, { label: `n${i}`, x: i, y: i })
    await waitFor(async () => (await s.store.countRows(b.id)).updates > 0, 'updates stored')
    await waitFor(
      () => s.rooms.get(b.id)?.doc.getMap('nodes').size === 20,
      'all edits on the server',
    )
    p.destroy()
    providers.length = 0
    await waitFor(() => s.rooms.get(b.id) === undefined, 'room unloaded')
    await waitFor(async () => (await s.store.countRows(b.id)).updates === 0, 'log compacted')
    expect((await s.store.countRows(b.id)).snapshots).toBe(1)
    const again = connect(s.url, b.id, b.viewToken, new Y.Doc())
    providers.push(again)
    await synced(again)
    expect(again.doc.getMap('nodes').size).toBe(20)
  })

  it('withDoc applies a server-side change in one transaction that connected clients receive', async () => {
    dir = tempDir()
    server = await startServer(dir)
    const b = await createBoard(server.url)
    const p = connect(server.url, b.id, b.editToken)
    providers.push(p)
    await synced(p)
    let transactions = 0
    p.doc.on('afterTransaction', (tr) => {
      if (tr.origin === p) transactions++
    })
    const content = {
      nodes: [
        { id: 'a', kind: 'variable', label: 'A', x: 0, y: 0 },
        { id: 'b', kind: 'variable', label: 'B', x: 1, y: 0 },
      ],
      edges: [{ id: 'e', source: 'a', target: 'b', polarity: '+' as const, delay: false }],
    }
    await server.rooms.withDoc(b.id, (doc) => insertContent(doc, content))
    // Once withDoc returns, the change is stored.
    expect((await server.store.countRows(b.id)).updates).toBe(1)
    await waitFor(() => Object.keys(toSnapshot(p.doc).edges).length === 1, 'client sees the change')
    expect(transactions).toBe(1)
  })

  it('a server-side change whose write fails is reported as failed, reaches nobody, and the board recovers', async () => {
    dir = tempDir()
    server = await startServer(dir)
    const s = server
    const b = await createBoard(s.url)
    const p = connect(s.url, b.id, b.editToken, new Y.Doc())
    providers.push(p)
    await synced(p)
    // A real SQLite failure from outside the server: every insert into the log aborts.
    const db = new Database(join(dir, 'causeway.db'))
    db.exec(
      "CREATE TRIGGER fail_writes BEFORE INSERT ON updates BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    )
    await expect(
      s.rooms.withDoc(b.id, (doc) => doc.getMap('meta').set('title', 'never saved')),
    ).rejects.toThrow(/closed before the change was stored/)
    db.exec('DROP TRIGGER fail_writes')
    db.close()
    // The client was not told about the lost change, and the reloaded board does not have it.
    await s.rooms.withDoc(b.id, (doc) => doc.getMap('meta').set('note', 'saved'))
    await waitFor(() => p.doc.getMap('meta').get('note') === 'saved', 'later change relayed')
    expect(p.doc.getMap('meta').get('title')).not.toBe('never saved')
    expect(await s.rooms.readDoc(b.id, (doc) => doc.getMap('meta').get('title'))).not.toBe(
      'never saved',
    )
  })

  it('a board whose stored data cannot be loaded refuses sockets with 1011 and is never overwritten', async () => {
    dir = tempDir()
    server = await startServer(dir)
    const b = await createBoard(server.url)
    await server.close()
    server = null
    const db = new Database(join(dir, 'causeway.db'))
    db.prepare('UPDATE snapshots SET data = ? WHERE board_id = ?').run(
      Buffer.from([0x01, 0xff, 0xff, 0x7f, 0x09, 0x00]),
      b.id,
    )
    db.close()
    server = await startServer(dir)
    expect(await closeCode(rawSocket(server.url, b.id, b.editToken))).toBe(1011)
    const meta = await fetch(`${server.url}/api/boards/${b.id}`, {
      headers: { authorization: `Bearer ${b.editToken}` },
    })
    expect(meta.status).toBe(503)
    expect(((await meta.json()) as { error: string }).error).toBeTruthy()
    await server.close()
    server = null
    const check = new Database(join(dir, 'causeway.db'), { readonly: true })
    const row = check.prepare('SELECT data FROM snapshots WHERE board_id = ?').get(b.id) as {
      data: Buffer
    }
    const updates = (
      check.prepare('SELECT COUNT(*) AS n FROM updates WHERE board_id = ?').get(b.id) as {
        n: number
      }
    ).n
    check.close()
    expect([...row.data]).toEqual([0x01, 0xff, 0xff, 0x7f, 0x09, 0x00])
    expect(updates).toBe(0)
  })

  it('never writes a token into the logs', async () => {
    dir = tempDir()
    const lines: string[] = []
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(chunk.toString())
        cb()
      },
    })
    server = await createServer(
      { port: 0, host: '127.0.0.1', dataDir: dir, clientDir: dir },
      { logger: pino({ level: 'debug' }, sink) },
    )
    const b = await createBoard(server.url)
    await fetch(`${server.url}/api/boards/${b.id}`, {
      headers: { authorization: `Bearer ${b.editToken}` },
    })
    await fetch(`${server.url}/b/${b.id}?token=${b.viewToken}`)
    const p = connect(server.url, b.id, b.editToken)
    providers.push(p)
    await synced(p)
    await closeCode(rawSocket(server.url, 'nope', b.viewToken))
    // Workshop secrets too: the facilitator token, and the token a participant gets on joining.
    const w = (await (
      await fetch(`${server.url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Logs', teams: 1 }),
      })
    ).json()) as { id: string; code: string; facilitatorToken: string }
    await fetch(`${server.url}/api/workshops/${w.id}`, {
      headers: { authorization: `Bearer ${w.facilitatorToken}` },
    })
    const joined = (await (
      await fetch(`${server.url}/api/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: w.code, name: 'Ana' }),
      })
    ).json()) as { token: string }
    await closeCode(rawSocket(server.url, 'nope', w.facilitatorToken))
    const text = lines.join('')
    expect(text).not.toContain(w.facilitatorToken)
    expect(joined.token).toBeTruthy()
    expect(text).not.toContain(joined.token)
    expect(text.length).toBeGreaterThan(0)
    expect(text).toContain(b.id)
    expect(text).not.toContain(b.editToken)
    expect(text).not.toContain(b.viewToken)
  })
})
