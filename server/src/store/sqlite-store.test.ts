import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SqliteBoardStore } from './sqlite-store'
import { removeDir, tempDir } from '../testing/helpers'

let dir = ''
let store: SqliteBoardStore | null = null

afterEach(async () => {
  await store?.close()
  store = null
  if (dir) removeDir(dir)
})

function open(): SqliteBoardStore {
  dir = tempDir()
  store = new SqliteBoardStore({ dataDir: dir })
  return store
}

const update = (key: string) => {
  const d = new Y.Doc()
  d.getMap('nodes').set(key, 1)
  return Y.encodeStateAsUpdate(d)
}

describe('SqliteBoardStore', () => {
  it('checks tokens by hash and per board, with the role they were minted for', async () => {
    const s = open()
    await s.createBoard({ id: 'b1', title: 't', template: null, createdAt: 1, snapshot: update('a') })
    await s.createBoard({ id: 'b2', title: 't', template: null, createdAt: 1, snapshot: update('a') })
    const t = await s.mintToken('b1', 'participant')
    expect(await s.checkToken('b1', t)).toBe('participant')
    expect(await s.checkToken('b2', t)).toBeNull()
    expect(await s.checkToken('b1', t + 'x')).toBeNull()
  })

  it('revokes the tokens of one role on one board, and nothing else', async () => {
    const s = open()
    for (const id of ['b1', 'b2']) await s.createBoard({ id, title: 't', template: null, createdAt: 1, snapshot: update('a') })
    const g1 = await s.mintToken('b1', 'gallery')
    const g1b = await s.mintToken('b1', 'gallery')
    const p1 = await s.mintToken('b1', 'participant')
    const g2 = await s.mintToken('b2', 'gallery')
    expect(await s.revokeTokens('b1', 'gallery')).toBe(2)
    expect(await s.checkToken('b1', g1)).toBeNull()
    expect(await s.checkToken('b1', g1b)).toBeNull()
    expect(await s.checkToken('b1', p1)).toBe('participant')
    expect(await s.checkToken('b2', g2)).toBe('gallery')
  })

  it('compaction replaces the log up to a seq with one snapshot, atomically', async () => {
    const s = open()
    await s.createBoard({ id: 'b', title: 't', template: null, createdAt: 1, snapshot: update('a') })
    const seq = await s.appendUpdates('b', [update('b'), update('c')])
    await s.appendUpdates('b', [update('d')])
    const merged = Y.mergeUpdates([update('a'), update('b'), update('c')])
    await s.compact('b', merged, seq!)
    const state = await s.loadState('b')
    expect(state!.updates).toHaveLength(1)
    const d = new Y.Doc()
    Y.applyUpdate(d, state!.snapshot!)
    for (const u of state!.updates) Y.applyUpdate(d, u)
    expect([...d.getMap('nodes').keys()].sort()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('writes no rows for a board that was deleted while its updates were queued', async () => {
    const s = open()
    await s.createBoard({ id: 'b', title: 't', template: null, createdAt: 1, snapshot: update('a') })
    await s.mintToken('b', 'edit')
    await s.deleteBoard('b')
    expect(await s.appendUpdates('b', [update('x')])).toBeNull()
    await s.compact('b', update('y'), 10)
    expect(await s.countRows('b')).toEqual({ boards: 0, tokens: 0, updates: 0, snapshots: 0 })
    expect(await s.loadState('b')).toBeNull()
  })

  it('writes the appends of every board made in one tick in one transaction (one fsync)', async () => {
    dir = tempDir()
    let writes = 0
    const s = (store = new SqliteBoardStore({ dataDir: dir, onWrite: () => writes++ }))
    for (const id of ['a', 'b', 'gone']) await s.createBoard({ id, title: 't', template: null, createdAt: 1, snapshot: update('a') })
    await s.deleteBoard('gone')
    writes = 0
    const seqs = await Promise.all([
      s.appendUpdates('a', [update('x')]),
      s.appendUpdates('b', [update('y'), update('z')]),
      s.appendUpdates('gone', [update('w')]),
    ])
    expect(writes).toBe(1)
    expect(seqs[0]).toBeGreaterThan(0)
    expect(seqs[1]).toBeGreaterThan(seqs[0]!)
    expect(seqs[2]).toBeNull()
    expect((await s.countRows('a')).updates).toBe(1)
    expect((await s.countRows('b')).updates).toBe(2)
    expect((await s.countRows('gone')).updates).toBe(0)
  })

  it('close() writes appends still queued, so nothing promised to a room is dropped', async () => {
    const s = open()
    await s.createBoard({ id: 'b', title: 't', template: null, createdAt: 1, snapshot: update('a') })
    const pending = s.appendUpdates('b', [update('late')])
    await s.close()
    expect(await pending).toBeGreaterThan(0)
    store = new SqliteBoardStore({ dataDir: dir })
    expect((await store.loadState('b'))!.updates).toHaveLength(1)
  })
})
