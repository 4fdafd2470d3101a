import { describe, expect, it } from 'vitest'
import { exportBoard } from './index'
import { pipeGeometry, pipePort, pipeSvg, stockFlowShape } from './svg-shapes'
import { snapshotOf } from './test-support'
import { xmlWellFormedIssue } from './xml-check'

describe('pipes', () => {
  it('run straight from rim to rim, the hollow head ending just short of the target', () => {
    const g = pipeGeometry({ x: 0, y: 0, w: 100, h: 40 }, { x: 300, y: 0, w: 100, h: 40 })
    expect(g.path).toBe('M100,20 L281,20')
    // Tip 3px before the target's rim, the head 16 long and 26 wide.
    expect(g.head).toBe('281,33 297,20 281,7')
    expect(g.angle).toBe(0)
  })

  it('meet a flow at its valve and a cloud at its cloud, not at the label under them', () => {
    expect(pipePort('flow', { x: 0, y: 0, w: 100, h: 60 })).toEqual({ x: 32, y: 0, w: 36, h: 28 })
    expect(pipePort('cloud', { x: 0, y: 0, w: 80, h: 70 })).toEqual({ x: 8, y: 0, w: 64, h: 40 })
    expect(pipePort('stock', { x: 0, y: 0, w: 80, h: 70 })).toEqual({ x: 0, y: 0, w: 80, h: 70 })
  })

  it('are two walls and a head, with no polarity or delay mark', () => {
    const svg = pipeSvg({ x: 0, y: 0, w: 10, h: 10 }, { x: 100, y: 0, w: 10, h: 10 })
    expect(svg.match(/<path /g)).toHaveLength(2)
    expect(svg).toContain('<polygon')
    expect(svg).not.toMatch(/polarity|delay|marker/)
  })
})

describe('stock-and-flow shapes', () => {
  it('draw a stock, a valve and a cloud, and only those', () => {
    const b = { x: 0, y: 0, w: 100, h: 60 }
    expect(stockFlowShape('stock', b, true)!.svg).toMatch(/^<rect /)
    expect(stockFlowShape('flow', b, true)!.svg).toContain('class="valve"')
    expect(stockFlowShape('cloud', b, false)).toMatchObject({ label: null })
    expect(stockFlowShape('variable', b, true)).toBeNull()
  })
})

describe('svg export of a stock-and-flow diagram', () => {
  it('draws stocks, valves, clouds and pipes as themselves, information links as causal links', () => {
    const s = snapshotOf({
      nodes: [
        { id: 'src', kind: 'cloud', label: 'Source', x: 0, y: 0 },
        { id: 'in', kind: 'flow', label: '<b>Joining</b>', x: 200, y: 0 },
        { id: 'st', kind: 'stock', label: 'Enrolled', x: 400, y: 0, w: 180, h: 90 },
      ],
      edges: [
        { id: 'p1', source: 'src', target: 'in', polarity: '+', delay: false, flow: true },
        { id: 'p2', source: 'in', target: 'st', polarity: '+', delay: false, flow: true },
        { id: 'l1', source: 'st', target: 'in', polarity: '+', delay: false },
      ],
    })
    const body = exportBoard(s, 'svg').body
    expect(body.match(/<g class="kind" data-kind="(stock|flow|cloud)">/g)).toHaveLength(3)
    expect(body).toContain('class="valve"')
    expect(body).toContain('class="cloud"')
    expect(body.match(/<g class="pipe" data-flow="true">/g)).toHaveLength(2)
    expect(body.match(/class="polarity"/g)).toHaveLength(1)
    expect(body.match(/marker-end="url\(#arrow\)"/g)).toHaveLength(1)
    expect(body).toContain('&#60;b&#62;Joining&#60;/b&#62;')
    expect(xmlWellFormedIssue(body)).toBeNull()
  })
})
