import { describe, expect, it } from 'vitest'
import type { BoardSnapshot, EdgeSnapshot, NodeSnapshot } from '@causeway/model'
import { xmlEscape } from '@causeway/interop'
import { xmlWellFormedIssue } from '@causeway/interop/xml-check'
import { boardToSvg } from './svg'
import { smoothPath } from './svgKinds'

const EVIL = '<script>alert(1)</script>'

function board(nodes: NodeSnapshot[], edges: EdgeSnapshot[] = []): BoardSnapshot {
  return {
    meta: { schema: 1, title: 'Kinds', createdAt: 0 },
    nodes: Object.fromEntries(nodes.map((n) => [n.id, n])),
    edges: Object.fromEntries(edges.map((e) => [e.id, e])),
    loops: {},
  }
}

/** The markup of the one node of this kind. */
function nodeOf(svg: string, kind: string): string {
  const start = svg.indexOf(`<g class="node" data-kind="${kind}">`)
  expect(start, kind).toBeGreaterThanOrEqual(0)
  return svg.slice(start, svg.indexOf('\n', start) === -1 ? undefined : svg.indexOf('\n', start))
}

const texts = (markup: string) => [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])

describe('boardToSvg kinds', () => {
  it('draws an iceberg with its four levels named top to bottom, and a title', () => {
    const svg = boardToSvg(board([{ id: 'i', kind: 'iceberg', label: 'Why absences?', x: 0, y: 0, w: 560, h: 520 }]), [])
    const ice = nodeOf(svg, 'iceberg')
    expect([...ice.matchAll(/data-level="([^"]+)"/g)].map((m) => m[1])).toEqual(['events', 'patterns', 'structures', 'mental-models'])
    const words = texts(ice)
    expect(words).toEqual(expect.arrayContaining(['Why absences?', 'Events', 'Patterns / trends', 'Structures', 'Mental models']))
    expect(words.indexOf('Events')).toBeLessThan(words.indexOf('Mental models'))
    expect(words).toContain('What just happened? (react)')
    expect(svg).toContain('<linearGradient id="iceberg-water"')
  })

  it('asks the aspirational questions on an aspirational iceberg', () => {
    const svg = boardToSvg(board([{ id: 'i', kind: 'iceberg', label: '', x: 0, y: 0, variant: 'aspirational' }]), [])
    expect(texts(svg)).toContain('What are we trying to grow? What would we see?')
    expect(svg).toContain('url(#iceberg-water-aspirational)')
    // An unsized iceberg is drawn at the canvas's default size, not as a label-sized box.
    expect(svg).toMatch(/<rect x="0" y="0" width="560" height="520" rx="10"/)
  })

  it('draws a ladder of inference with seven labelled rungs, actions at the top, and the reflexive loop', () => {
    const svg = boardToSvg(board([{ id: 'l', kind: 'ladder', label: 'Ladder', x: 0, y: 0, w: 520, h: 600 }]), [])
    const rungs = [...svg.matchAll(/data-rung="([^"]+)"/g)].map((m) => m[1])
    expect(rungs).toEqual(['actions', 'beliefs', 'conclusions', 'assumptions', 'meanings', 'selected', 'data'])
    expect(texts(svg)).toEqual(
      expect.arrayContaining(['Observable data', 'Selected data', 'Meanings', 'Assumptions', 'Conclusions', 'Beliefs', 'Actions']),
    )
    expect(svg).toContain('class="reflexive"')
    expect(svg).toContain('marker-end="url(#ladder-arrow)"')
    const plain = boardToSvg(board([{ id: 'l', kind: 'ladder', label: 'L', x: 0, y: 0, reflexive: false }]), [])
    expect(plain).not.toContain('class="reflexive"')
  })

  it('draws a behaviour-over-time graph: axes, axis names, time labels, each line a smooth path in its colour', () => {
    const svg = boardToSvg(
      board([
        {
          id: 'g',
          kind: 'botg',
          label: 'Stress this term',
          x: 0,
          y: 0,
          w: 520,
          h: 340,
          xLabel: 'Weeks',
          yLabel: 'Stress',
          timeLabels: ['Sept', '', 'Dec'],
          'line:a': { name: 'Ana', color: '#d1242f', points: [0, 0, 0.3, 0.5, 0.6, 0.4, 1, 1] },
          'line:b': { name: 'Ben', color: 'red" onload="x', points: [0, 1, 1, 0] },
          'line:c': 'not a line',
        },
      ]),
      [],
    )
    const g = nodeOf(svg, 'botg')
    expect(g).toContain('class="axes"')
    expect(texts(g)).toEqual(expect.arrayContaining(['Stress this term', 'Weeks', 'Stress', 'Sept', 'Dec', 'Ana', 'Ben']))
    const lines = [...g.matchAll(/<path class="botg-line" d="([^"]+)" fill="none" stroke="([^"]+)"/g)]
    expect(lines.map((m) => m[2])).toEqual(['#d1242f', '#1f6feb'])
    // Smoothed: quadratic curves through the samples, inside the plot (44..508 × 40..300).
    expect(lines[0]![1]).toMatch(/^M44,300 L[\d.,]+ Q/)
    expect(lines[0]![1]).toMatch(/L508,40$/)
    expect(g).not.toContain('onload')
  })

  it('draws a connection circle as its ring with the number of elements round it', () => {
    const svg = boardToSvg(
      board([
        { id: 'c', kind: 'circle', label: 'What connects?', x: 0, y: 0, w: 440, h: 440 },
        { id: 'e1', kind: 'variable', label: 'Sleep', x: 200, y: -10, parent: 'c' },
        { id: 'e2', kind: 'variable', label: 'Stress', x: 400, y: 200, parent: 'c' },
      ]),
      [],
    )
    const c = nodeOf(svg, 'circle')
    expect(c).toMatch(/<circle cx="220" cy="220" r="219" [^>]*stroke-dasharray="6 4"/)
    expect(texts(c)).toContain('2 elements')
    expect(svg).toContain('>Sleep</tspan>')
    expect(svg.indexOf('data-kind="circle"')).toBeLessThan(svg.indexOf('<g class="links">'))
  })

  it('draws a stock as a box, a flow as a valve, a cloud as a cloud, and pipes without polarity', () => {
    const svg = boardToSvg(
      board(
        [
          { id: 'src', kind: 'cloud', label: '', x: 0, y: 0 },
          { id: 'in', kind: 'flow', label: 'Joining', x: 200, y: 0 },
          { id: 'st', kind: 'stock', label: 'Enrolled', x: 400, y: 0, w: 180, h: 90 },
        ],
        [
          { id: 'p1', source: 'src', target: 'in', polarity: '+', delay: false, flow: true },
          { id: 'p2', source: 'in', target: 'st', polarity: '-', delay: true, flow: true, label: EVIL },
          { id: 'l1', source: 'st', target: 'in', polarity: '+', delay: false },
        ],
      ),
      [],
    )
    expect(nodeOf(svg, 'stock')).toMatch(/<rect x="400" y="0" width="180" height="90" fill="#ffffff"/)
    expect(nodeOf(svg, 'flow')).toContain('class="valve"')
    expect(nodeOf(svg, 'cloud')).toContain('class="cloud"')
    const pipes = svg.match(/<g class="pipe" data-flow="true">.*?<\/g>/g) ?? []
    expect(pipes).toHaveLength(2)
    for (const p of pipes) {
      expect(p).not.toContain('class="polarity"')
      expect(p).not.toContain('class="delay"')
      expect(p).not.toContain('marker-end')
      expect(p).toContain('<polygon')
    }
    expect(pipes[1]).toContain(xmlEscape(EVIL))
    // The one causal link keeps its arrow and polarity mark.
    expect(svg.match(/class="polarity"/g)).toHaveLength(1)
    expect(svg.match(/marker-end="url\(#arrow\)"/g)).toHaveLength(1)
  })

  it('keeps hostile words escaped in every kind, and the file well-formed', () => {
    const svg = boardToSvg(
      board(
        [
          { id: 'i', kind: 'iceberg', label: EVIL, x: 0, y: 0 },
          { id: 'l', kind: 'ladder', label: EVIL, x: 600, y: 0 },
          { id: 'c', kind: 'circle', label: EVIL, x: 0, y: 700 },
          { id: 'p', kind: 'prompt', label: EVIL, x: 600, y: 700 },
          {
            id: 'g',
            kind: 'botg',
            label: EVIL,
            x: 1200,
            y: 0,
            xLabel: EVIL,
            yLabel: EVIL,
            timeLabels: [EVIL, '"&\''],
            'line:a': { name: EVIL, color: '#1f6feb', points: [0, 0, 1, 1] },
          },
          { id: 's', kind: 'stock', label: EVIL, x: 1200, y: 500 },
          { id: 'f', kind: 'flow', label: EVIL, x: 1500, y: 500 },
          { id: 'k', kind: 'cloud', label: EVIL, x: 1800, y: 500 },
        ],
        [{ id: 'e', source: 'f', target: 's', polarity: '+', delay: false, flow: true, label: EVIL }],
      ),
      [],
    )
    expect(svg).not.toContain('<script')
    expect(svg).not.toContain('"&\'')
    expect(svg.split(xmlEscape('<script>')).length - 1).toBeGreaterThanOrEqual(12)
    expect(xmlWellFormedIssue(svg)).toBeNull()
  })
})

describe('smoothPath', () => {
  it('draws two points straight and more as quadratic curves ending on the last point', () => {
    expect(smoothPath([{ x: 0, y: 0 }, { x: 10, y: 10 }])).toBe('M0,0 L10,10')
    expect(smoothPath([{ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 20, y: 0 }])).toBe('M0,0 L5,5 Q10,10 15,5 L20,0')
    expect(smoothPath([])).toBe('')
  })
})
