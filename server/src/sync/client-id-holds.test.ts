import { describe, expect, it } from 'vitest'
import { ClientIdHolds } from './client-id-holds'

function holds(limits: Partial<{ holdMs: number; perOwner: number; total: number }> = {}) {
  let t = 1000
  const h = new ClientIdHolds({ holdMs: 100, perOwner: 10, total: 100, ...limits }, () => t)
  return { h, advance: (ms: number) => (t += ms) }
}

describe('ClientIdHolds', () => {
  it('keeps a released id for its owner only, until the hold runs out', () => {
    const { h, advance } = holds()
    h.hold('b1', 7, 'edit-link')
    expect(h.claim('b1', 7, 'view-link')).toBe(false)
    expect(h.claim('b2', 7, 'view-link')).toBe(true) // other boards are unaffected
    advance(99)
    expect(h.claim('b1', 7, 'view-link')).toBe(false)
    advance(1)
    expect(h.claim('b1', 7, 'view-link')).toBe(true)
    expect(h.size).toBe(0)
  })

  it("the owner's claim ends the hold", () => {
    const { h } = holds()
    h.hold('b1', 7, 'edit-link')
    expect(h.claim('b1', 7, 'edit-link')).toBe(true)
    expect(h.size).toBe(0)
    expect(h.claim('b1', 7, 'view-link')).toBe(true)
  })

  it("one link's churn evicts only its own holds; the total stays bounded", () => {
    const { h } = holds({ perOwner: 3, total: 20 })
    h.hold('b1', 1, 'edit-link')
    for (let i = 100; i < 200; i++) h.hold('b1', i, 'view-link')
    expect(h.claim('b1', 1, 'view-link')).toBe(false)
    expect(h.size).toBe(4)
    for (let i = 0; i < 50; i++) h.hold(`board${i}`, 1, `link${i}`)
    expect(h.size).toBe(20)
  })
})
