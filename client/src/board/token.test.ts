import { describe, expect, it } from 'vitest'
import { tokenFromHash } from './token'

describe('tokenFromHash', () => {
  it('reads t from the fragment', () => {
    expect(tokenFromHash('#t=abc')).toBe('abc')
    expect(tokenFromHash('t=abc&x=1')).toBe('abc')
    expect(tokenFromHash('')).toBeNull()
    expect(tokenFromHash('#t=')).toBeNull()
  })
})
