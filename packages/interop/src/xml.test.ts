import { describe, expect, it } from 'vitest'
import { exportBoard, embedSnippet } from './index'
import { boardFromLinks } from './test-support'
import { labelLines } from './board-boxes'
import { INTEROP_LIMITS, cleanLabel } from './limits'
import { wrapLabel } from './svg-export'
import { xmlEscape } from './xml'
import { xmlWellFormedIssue } from './xml-check'

// What people paste: PowerPoint's soft line break (\v), a NUL, a non-character, broken emoji halves.
const HOSTILE = 'Soft\u000bbreak \u0000nul \uFFFE\uFFFF end \uD83D lone-high \uDE00 lone-low \f\u001f'

describe('xmlEscape', () => {
  it('drops characters XML 1.0 forbids and keeps everything else', () => {
    expect(xmlEscape(HOSTILE)).toBe('Softbreak nul  end  lone-high  lone-low ')
    // Tab, line breaks, a real surrogate pair, U+FFFD and C1 controls are legal XML characters.
    expect(xmlEscape('a\tb\nc\r\u{1F600}\uFFFD\u0085')).toBe('a\tb\nc\r\u{1F600}\uFFFD\u0085')
    expect(xmlEscape(`<a href="x">&'`)).toBe('&#60;a href=&#34;x&#34;&#62;&#38;&#39;')
  })
})

describe('xmlWellFormedIssue', () => {
  it('accepts well-formed documents and names what is wrong with others', () => {
    expect(xmlWellFormedIssue('<?xml version="1.0"?><a x="1" y=\'&amp;\'><b/>t&#233;xt<!-- c --></a>\n')).toBeNull()
    expect(xmlWellFormedIssue('<a>\u000b</a>')).toMatch(/U\+000B/)
    expect(xmlWellFormedIssue('<a>\uD83D</a>')).toMatch(/U\+D83D/)
    expect(xmlWellFormedIssue('<a>&#11;</a>')).toMatch(/forbids/)
    expect(xmlWellFormedIssue('<a>&nbsp;</a>')).toMatch(/undefined entity/)
    expect(xmlWellFormedIssue('<a>& b</a>')).toMatch(/unterminated/)
    expect(xmlWellFormedIssue('<a><b></a>')).toMatch(/does not close/)
    expect(xmlWellFormedIssue('<a x="1" x="2"/>')).toMatch(/repeated/)
    expect(xmlWellFormedIssue('<a x=1/>')).toMatch(/malformed/)
    expect(xmlWellFormedIssue('<a/><b/>')).toMatch(/second root/)
    expect(xmlWellFormedIssue('<a>')).toMatch(/never closed/)
    expect(xmlWellFormedIssue('<a>1 < 2</a>')).toMatch(/bad start tag|stray/)
  })
})

describe('svg export of hostile labels', () => {
  it('is well-formed XML whatever the labels, loop names and title hold', () => {
    const b = boardFromLinks(
      [
        [HOSTILE, `<b>&${HOSTILE}`, '+'],
        [`<b>&${HOSTILE}`, HOSTILE, '-'],
      ],
      `Title ${HOSTILE}`,
    )
    b.loops['v0>v1'] = { name: `Loop ${HOSTILE}` }
    const body = exportBoard(b, 'svg').body
    expect(xmlWellFormedIssue(body)).toBeNull()
    expect(body).toContain('Softbreak nul')
  })

  it('keeps an emoji whole where a long label wraps', () => {
    const label = `${'x'.repeat(27)}\u{1F600}${'y'.repeat(40)}`
    const body = exportBoard(boardFromLinks([[label, 'B', '+']]), 'svg').body
    expect(xmlWellFormedIssue(body)).toBeNull()
    expect(body).toContain('\u{1F600}')
  })

  it('never cuts an emoji in half when wrapping or capping a label', () => {
    const whole = (lines: string[]) => lines.every((l) => !/\p{Cs}/u.test(l))
    for (let n = 0; n < 30; n++) {
      const label = `${'x'.repeat(n)}${'\u{1F600}'.repeat(40)}`
      expect(whole(wrapLabel(label)), `svg ${n}`).toBe(true)
      expect(whole(labelLines(label)), `board ${n}`).toBe(true)
      expect(labelLines(label).join(''), `board ${n}`).toBe(label)
    }
    const long = cleanLabel(`${'x'.repeat(INTEROP_LIMITS.labelChars - 1)}\u{1F600}`)
    expect(whole([long])).toBe(true)
    expect(long).toHaveLength(INTEROP_LIMITS.labelChars - 1)
  })

  it('embed snippets drop forbidden characters too', () => {
    expect(embedSnippet('https://x.example/b', `a\u000bb`)).toContain('title="ab"')
  })
})
