import { describe, expect, it } from 'vitest'
import { parseRoute } from './router'

describe('parseRoute', () => {
  it('knows home, boards and everything else', () => {
    expect(parseRoute('/')).toEqual({ page: 'home' })
    expect(parseRoute('/b/abc123')).toEqual({ page: 'board', id: 'abc123' })
    expect(parseRoute('/b/abc123/')).toEqual({ page: 'board', id: 'abc123' })
    expect(parseRoute('/b/')).toEqual({ page: 'notFound' })
    expect(parseRoute('/x')).toEqual({ page: 'notFound' })
  })
})
