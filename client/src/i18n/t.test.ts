import { describe, expect, it } from 'vitest'
import { registerMessages, t } from './index'

describe('t', () => {
  it('fills placeholders and leaves unknown ones alone', () => {
    registerMessages({ 'test.hello': 'Hello {name}, {missing}' })
    expect(t('test.hello', { name: 'Ana' })).toBe('Hello Ana, {missing}')
  })
  it('shows an unknown key as itself', () => {
    expect(t('no.such.key')).toBe('no.such.key')
  })
})
