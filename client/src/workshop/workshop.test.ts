import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import { parseRoute } from '../app/router'
import { formatLeft } from './countdown'
import { findLeader, sameViewport } from './followSchema'
import { readBroadcast } from './useWorkshopMeta'

describe('workshop routes', () => {
  it('tells the create page, the dashboard and the join page apart', () => {
    expect(parseRoute('/w/new')).toEqual({ page: 'newWorkshop' })
    expect(parseRoute('/w/abc_123')).toEqual({ page: 'workshop', id: 'abc_123' })
    expect(parseRoute('/join')).toEqual({ page: 'join' })
    expect(parseRoute('/w/')).toEqual({ page: 'notFound' })
  })
})

describe('follow-me presence', () => {
  function room() {
    const me = new Awareness(new Y.Doc())
    const put = (clientID: number, state: unknown) => {
      me.states.set(clientID, state as Record<string, unknown>)
    }
    return { me, put }
  }

  it('follows a facilitator who shares a viewport, and nobody else', () => {
    const { me, put } = room()
    put(101, { user: { name: 'Ana', color: '#000' }, follow: { x: 1, y: 2, zoom: 1 } })
    expect(findLeader(me)).toBeNull()
    put(102, { user: { name: 'Fran', color: '#000' }, role: 'facilitator', follow: null })
    expect(findLeader(me)).toBeNull()
    put(103, {
      user: { name: 'Fay', color: '#000' },
      role: 'facilitator',
      follow: { x: 10, y: -5, zoom: 1.5 },
    })
    expect(findLeader(me)).toEqual({
      clientId: 103,
      name: 'Fay',
      follow: { x: 10, y: -5, zoom: 1.5 },
    })
  })

  it('ignores malformed viewports and picks one leader when several lead', () => {
    const { me, put } = room()
    put(7, { role: 'facilitator', follow: { x: 'a', y: 0, zoom: 1 } })
    put(8, { role: 'facilitator', follow: { x: 0, y: 0, zoom: 0 } })
    put(9, { role: 'facilitator', follow: { x: Infinity, y: 0, zoom: 1 } })
    expect(findLeader(me)).toBeNull()
    put(30, { role: 'facilitator', follow: { x: 3, y: 3, zoom: 1 } })
    put(20, { role: 'facilitator', follow: { x: 2, y: 2, zoom: 1 } })
    expect(findLeader(me)?.clientId).toBe(20)
  })

  it('treats sub-pixel differences as the same viewport', () => {
    expect(sameViewport({ x: 1, y: 1, zoom: 1 }, { x: 1.2, y: 0.9, zoom: 1.00001 })).toBe(true)
    expect(sameViewport({ x: 1, y: 1, zoom: 1 }, { x: 3, y: 1, zoom: 1 })).toBe(false)
    expect(sameViewport(null, null)).toBe(true)
  })
})

describe('session banner data', () => {
  it('reads the broadcast the server writes, and nothing else', () => {
    expect(readBroadcast({ message: 'Share now', sentAt: 5, timerEndsAt: 65 })).toEqual({
      message: 'Share now',
      sentAt: 5,
      timerEndsAt: 65,
    })
    expect(readBroadcast({ message: 'x', sentAt: 5, timerEndsAt: 'soon' })).toEqual({
      message: 'x',
      sentAt: 5,
    })
    expect(readBroadcast({ message: 3, sentAt: 5 })).toBeNull()
    expect(readBroadcast(null)).toBeNull()
  })

  it('counts down in minutes and seconds, never below zero', () => {
    expect(formatLeft(5 * 60_000)).toBe('5:00')
    expect(formatLeft(61_500)).toBe('1:02')
    expect(formatLeft(1)).toBe('0:01')
    expect(formatLeft(-4000)).toBe('0:00')
  })
})
