import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rate-limit'

describe('RateLimiter', () => {
  it('allows the limit per window per key, then refuses until the window passes', () => {
    let now = 0
    const rl = new RateLimiter(3, 60_000, () => now)
    expect([rl.take('a'), rl.take('a'), rl.take('a'), rl.take('a')]).toEqual([true, true, true, false])
    expect(rl.take('b')).toBe(true)
    expect(rl.retryAfter('a')).toBe(60)
    now = 60_000
    expect(rl.take('a')).toBe(true)
  })
})
