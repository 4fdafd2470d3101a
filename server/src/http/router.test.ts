import { describe, expect, it } from 'vitest'
import { Router } from './router'

describe('Router', () => {
  it('matches params, reports a wrong method, and answers HEAD with GET routes', () => {
    const r = new Router()
    const h = () => {}
    r.get('/api/boards/:id', h).delete('/api/boards/:id', h)
    const m = r.match('GET', '/api/boards/abc')
    expect(m && m !== 'method' && m.params).toEqual({ id: 'abc' })
    expect(r.match('PUT', '/api/boards/abc')).toBe('method')
    expect(r.match('HEAD', '/api/boards/abc')).not.toBeNull()
    expect(r.match('GET', '/api/boards')).toBeNull()
    expect(r.match('GET', '/api/boards/%E0%A4%A')).toBeNull()
  })
})
