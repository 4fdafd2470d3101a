import { describe, expect, it } from 'vitest'
import { parseViewLink, snippetFor } from './embedLink'

describe('parseViewLink', () => {
  it('accepts a view link of this board only', () => {
    expect(parseViewLink(' https://cw.example/b/abc#t=tok ', 'abc')).toBe('https://cw.example/b/abc#t=tok')
    expect(parseViewLink('https://cw.example/b/other#t=tok', 'abc')).toBeNull()
    expect(parseViewLink('https://cw.example/b/abc', 'abc')).toBeNull()
    expect(parseViewLink('javascript:alert(1)//b/abc#t=x', 'abc')).toBeNull()
    expect(parseViewLink('not a link', 'abc')).toBeNull()
  })
})

describe('snippetFor', () => {
  it('escapes the title into an iframe', () => {
    const html = snippetFor('https://cw.example/b/abc#t=tok', 'Stress & "sleep"')!
    expect(html).toMatch(/^<iframe src="https:\/\/cw\.example\/b\/abc#t=tok"/)
    expect(html).toContain('title="Stress &#38; &#34;sleep&#34;"')
    expect(snippetFor(null, 'x')).toBeNull()
  })
})
