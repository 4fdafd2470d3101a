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
})
