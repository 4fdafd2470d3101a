import { describe, expect, it } from 'vitest'
import { readPeer } from './schema'

describe('readPeer', () => {
  it('accepts a full state', () => {
    const s = readPeer({ user: { name: 'Ana', color: '#123456' }, cursor: { x: 1, y: 2 }, selection: ['a'], editing: 'a' })
    expect(s).toEqual({ user: { name: 'Ana', color: '#123456' }, cursor: { x: 1, y: 2 }, selection: ['a'], editing: 'a' })
  })
  it('rejects states without a user and cleans bad fields', () => {
    expect(readPeer({})).toBeNull()
    expect(readPeer(null)).toBeNull()
    const s = readPeer({ user: { name: 'B', color: 'red;background:url(x)' }, cursor: { x: 'no' }, selection: [1, 'b'] })
    expect(s).toEqual({ user: { name: 'B', color: '#888888' }, cursor: null, selection: ['b'], editing: null })
  })
})
