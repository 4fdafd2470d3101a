import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addVariable, addLink, toSnapshot } from '@causeway/model'
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

describe('sync with the stock y-websocket provider', () => {
  it('two providers on one board converge', async () => {
    dir = tempDir()
    server = await startServer(dir)
    const board = await createBoard(server.url, { title: 'Team map' })
    const a = connect(server.url, board.id, board.editToken)
    const b = connect(server.url, board.id, board.editToken)
    providers.push(a, b)
    await Promise.all([synced(a), synced(b)])
    expect(toSnapshot(a.doc).meta.title).toBe('Team map')
    const x = addVariable(a.doc, { label: 'Workload', x: 0, y: 0 })
    const y = addVariable(b.doc, { label: 'Stress', x: 100, y: 0 })
    await waitFor(() => a.doc.getMap('nodes').size === 2 && b.doc.getMap('nodes').size === 2, 'both nodes everywhere')
    addLink(a.doc, { source: x, target: y, polarity: '+' })
    await waitFor(() => contentOf(a.doc) === contentOf(b.doc), 'convergence')
    expect(Object.keys(toSnapshot(b.doc).edges)).toHaveLength(1)
  })

  it('a restarted server on the same data dir brings the board back', async () => {
    dir = tempDir()
    server = await startServer(dir)
    const board = await createBoard(server.url)
    const a = connect(server.url, board.id, board.editToken)
    providers.push(a)
    await synced(a)
    addVariable(a.doc, { label: 'Trust', x: 1, y: 2 })
    await waitFor(() => server!.rooms.get(board.id)!.doc.getMap('nodes').size === 1, 'edit reached the server')
    await server.rooms.get(board.id)!.flush()
    const before = contentOf(a.doc)
    a.destroy()
    providers.length = 0
    await server.close()
    server = await startServer(dir)
    const fresh = connect(server.url, board.id, board.viewToken, new Y.Doc())
    providers.push(fresh)
    await synced(fresh)
    expect(contentOf(fresh.doc)).toBe(before)
  })
})
