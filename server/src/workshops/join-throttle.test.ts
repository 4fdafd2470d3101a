import { describe, expect, it } from 'vitest'
import { JoinThrottle } from './join-throttle'

function clock() {
  let t = 1_000_000
  return { now: () => t, advance: (ms: number) => (t += ms) }
}

describe('JoinThrottle', () => {
  it('counts each distinct wrong code once per window, so retyping one typo never locks an IP out', () => {
    const c = clock()
    const th = new JoinThrottle(3, 60_000, c.now)
    for (let i = 0; i < 100; i++) th.recordWrongCode('school', 'typo')
    expect(th.blockedFor('school')).toBe(0)
    th.recordWrongCode('school', 'other')
    expect(th.blockedFor('school')).toBe(0)
    th.recordWrongCode('school', 'third')
    expect(th.blockedFor('school')).toBe(60)
    // Another IP is not affected.
    expect(th.blockedFor('home')).toBe(0)
  })

  it('refuses until the window passes, then starts counting afresh', () => {
    const c = clock()
    const th = new JoinThrottle(2, 10_000, c.now)
    th.recordWrongCode('ip', 'a')
    c.advance(4_000)
    th.recordWrongCode('ip', 'b')
    expect(th.blockedFor('ip')).toBe(6)
    c.advance(6_000)
    expect(th.blockedFor('ip')).toBe(0)
    th.recordWrongCode('ip', 'a')
    expect(th.blockedFor('ip')).toBe(0)
  })
})
