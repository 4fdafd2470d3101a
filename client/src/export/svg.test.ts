import { describe, expect, it } from 'vitest'
import type { BoardSnapshot } from '@causeway/model'
import { boardToSvg, escapeXml } from './svg'
import { fileStem } from './download'

const snapshot: BoardSnapshot = {
  meta: { schema: 1, title: 'Homework & <stress>', createdAt: 0 },
  nodes: {
    a: { id: 'a', kind: 'variable', label: '<script>x()</script>', x: 0, y: 0 },
    b: { id: 'b', kind: 'variable', label: 'Sleep "quality"', x: 300, y: 0 },
    c: { id: 'c', kind: 'note', label: "Tom's note & more", x: 150, y: 250 },
  },
  edges: {
    ab: { id: 'ab', source: 'a', target: 'b', polarity: '-', delay: true },
    bc: { id: 'bc', source: 'b', target: 'c', polarity: '+', delay: false },
    ca: { id: 'ca', source: 'c', target: 'a', polarity: '?', delay: false, label: 'a < b' },
  },
  loops: {},
}

describe('boardToSvg', () => {
  const svg = boardToSvg(snapshot, [{ nodes: ['a', 'b', 'c'], label: 'B1', type: 'B' }], {
    typeWords: { B: 'balancing' },
  })

  it('is a standalone SVG document', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg.trim().endsWith('</svg>')).toBe(true)
    expect(svg).toMatch(/viewBox="-40 -40 [\d.]+ [\d.]+"/)
  })

  it('escapes labels and titles', () => {
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('&lt;script&gt;x()&lt;/script&gt;')
    expect(svg).toContain('Sleep &quot;quality&quot;')
    expect(svg).toContain('Tom&apos;s note &amp; more')
    expect(svg).toContain('<title>Homework &amp; &lt;stress&gt;</title>')
    expect(svg).toContain('a &lt; b')
  })

  it('draws every node, link, arrowhead, polarity and delay mark', () => {
    expect(svg.match(/<g class="node"/g)).toHaveLength(3)
    expect(svg.match(/marker-end="url\(#arrow\)"/g)).toHaveLength(3)
    expect(svg).toContain('<marker id="arrow"')
    const marks = [...svg.matchAll(/class="polarity"[^>]*>([^<]*)</g)].map((m) => m[1])
    expect(marks.sort()).toEqual(['+', '?', '\u2212'].sort())
    expect(svg.match(/class="delay"/g)).toHaveLength(1)
  })

  it('draws loop badges with label and type word', () => {
    expect(svg).toMatch(/<g class="loop-badge" data-type="B">/)
    expect(svg).toContain('>B1</text>')
    expect(svg).toContain('>balancing</text>')
  })

  it('handles an empty board', () => {
    const empty = boardToSvg({ ...snapshot, nodes: {}, edges: {} }, [])
    expect(empty).toContain('<svg')
    expect(empty).not.toContain('class="node"')
  })

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;')
  })
})

describe('fileStem', () => {
  it('makes a safe file name from a title', () => {
    expect(fileStem('Why / is: homework? stressful')).toBe('Why - is- homework- stressful')
    expect(fileStem('  ..hidden ')).toBe('hidden')
    expect(fileStem('')).toBe('board')
  })
})

describe('boardToSvg options', () => {
  it('draws only the chosen nodes, the links among them and loops wholly inside', () => {
    const loop = [{ nodes: ['a', 'b', 'c'], label: 'B1', type: 'B' as const }]
    const svg = boardToSvg(snapshot, loop, { only: new Set(['a', 'b']) })
    expect(svg.match(/<g class="node"/g)).toHaveLength(2)
    expect(svg.match(/<g class="link"/g)).toHaveLength(1)
    expect(svg).not.toContain('class="loop-badge"')
    expect(svg).not.toContain('Tom&apos;s')
  })

  it('leaves the paper out for a transparent background', () => {
    expect(boardToSvg(snapshot, [])).toMatch(/<rect class="paper" [^>]*fill="#ffffff"\/>/)
    expect(boardToSvg(snapshot, [], { background: 'transparent' })).not.toContain('class="paper"')
  })

  it('puts a frame title at the top of the frame', () => {
    const framed = { ...snapshot, nodes: { f: { id: 'f', kind: 'frame', label: 'Import', x: 0, y: 0, w: 400, h: 300 } }, edges: {} }
    const svg = boardToSvg(framed, [])
    expect(svg).toContain('<tspan x="200" y="20">Import</tspan>')
    // Under the links, so its fill never hides one.
    expect(svg.indexOf('data-kind="frame"')).toBeLessThan(svg.indexOf('<g class="links">'))
  })
})
