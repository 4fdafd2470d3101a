import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import { PeersStore } from './peersStore'

const user = (name: string) => ({ name, color: '#123456' })

describe('PeersStore', () => {
  it('ignores this client moving its own cursor, and follows everyone else', () => {
    const mine = new Awareness(new Y.Doc())
    const theirs = new Awareness(new Y.Doc())
    const store = new PeersStore(mine)
    let notified = 0
    const unsubscribe = store.subscribe(() => notified++)
    notified = 0

    mine.setLocalStateField('user', user('Me'))
    for (let i = 0; i < 5; i++) mine.setLocalStateField('cursor', { x: i, y: i })
    expect(notified).toBe(0)
    expect(store.peers).toEqual([])

    theirs.setLocalState({ user: user('Ana'), cursor: { x: 3, y: 4 }, selection: ['n1'], editing: null })
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote')
    expect(notified).toBe(1)
    const before = store.peers
    expect(before.map((p) => p.cursor)).toEqual([{ x: 3, y: 4 }])
    expect(store.byNode.get('n1')).toContain('Ana')

    mine.setLocalStateField('cursor', { x: 9, y: 9 })
    expect(store.peers).toBe(before)
    unsubscribe()
  })
})
