import { describe, expect, it } from 'vitest'
import type { BoardSnapshot } from '@causeway/model'
import { xmlEscape } from '@causeway/interop'
import { xmlWellFormedIssue } from '@causeway/interop/xml-check'
import { boardToSvg } from './svg'
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
    expect(svg).toContain(xmlEscape('<script>x()</script>'))
    expect(svg).toContain(xmlEscape('Sleep "quality"'))
    expect(svg).toContain(xmlEscape("Tom's note & more"))
    expect(svg).toContain(`<title>${xmlEscape('Homework & <stress>')}</title>`)
    expect(svg).toContain(xmlEscape('a < b'))
    expect(xmlWellFormedIssue(svg)).toBeNull()
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

  it('is well-formed XML when labels hold characters XML 1.0 forbids (PNG and PDF draw this SVG)', () => {
    // A PowerPoint soft line break (\v), NUL, a non-character and lone surrogate halves.
    const bad = 'Soft\u000bbreak \u0000 \uFFFE \uD83D \uDE00'
    const hostile: BoardSnapshot = {
      ...snapshot,
      meta: { ...snapshot.meta, title: bad },
      nodes: {
        ...snapshot.nodes,
        a: { ...snapshot.nodes.a!, label: bad },
        f: { id: 'f', kind: bad, label: bad, x: 0, y: 400, w: 300, h: 200 },
      },
      edges: { ...snapshot.edges, ca: { ...snapshot.edges.ca!, label: bad } },
    }
    const out = boardToSvg(hostile, [{ nodes: ['a', 'b', 'c'], label: bad, type: 'B' }], {
      typeWords: { B: bad },
    })
    expect(xmlWellFormedIssue(out)).toBeNull()
    expect(out).toContain('Softbreak')
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
    expect(svg).not.toContain('Tom')
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
