import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addNode, initBoard, toSnapshot } from '@causeway/model'
import type { NodeSnapshot } from '@causeway/model'
import {
  CIRCLE_MAX_ELEMENTS,
  CONTAINER_HEADER,
  addCircleElement,
  applyCircleToCld,
  applyTemplate,
  circlePositions,
  circleToCld,
  getTemplate,
  icebergLevelAt,
  ladderRungAt,
  linesOf,
  smoothPoints,
} from './index'

describe('icebergLevelAt', () => {
  const ice = { y: 100, h: 436 } // four bands of 100 below the header
  it('maps y to levels top to bottom, clamped', () => {
    const top = 100 + CONTAINER_HEADER
    expect(icebergLevelAt(ice, top + 10)).toBe('events')
    expect(icebergLevelAt(ice, top + 150)).toBe('patterns')
    expect(icebergLevelAt(ice, top + 250)).toBe('structures')
    expect(icebergLevelAt(ice, top + 399)).toBe('mental-models')
    expect(icebergLevelAt(ice, 0)).toBe('events')
    expect(icebergLevelAt(ice, 10_000)).toBe('mental-models')
  })

  it('places every iceberg template note in the level it claims', () => {
    const nodes = getTemplate('iceberg')!.content.nodes
    const ice = nodes.find((n) => n.kind === 'iceberg')!
    for (const n of nodes.filter((m) => m.level)) expect(icebergLevelAt(ice, n.y + 20)).toBe(n.level)
  })
})

describe('ladderRungAt', () => {
  it('has actions at the top and data at the bottom', () => {
    const ladder = { y: 0, h: CONTAINER_HEADER + 700 }
    expect(ladderRungAt(ladder, CONTAINER_HEADER + 5)).toBe('actions')
    expect(ladderRungAt(ladder, CONTAINER_HEADER + 650)).toBe('data')
    expect(ladderRungAt(ladder, CONTAINER_HEADER + 150)).toBe('beliefs')
  })

  it('places every ladder template note on the rung it claims', () => {
    const nodes = getTemplate('ladder-of-inference')!.content.nodes
    const ladder = nodes.find((n) => n.kind === 'ladder')!
    for (const n of nodes.filter((m) => m.rung)) expect(ladderRungAt(ladder, n.y + 20)).toBe(n.rung)
  })
})

describe('behaviour-over-time lines', () => {
  it('linesOf reads line:<id> fields, sorted, skipping malformed ones', () => {
    const n: NodeSnapshot = {
      id: 'g',
      kind: 'botg',
      label: '',
      x: 0,
      y: 0,
      'line:b': { name: 'Mine', color: 'red', points: [0, 0.5, 1, 0.7] },
      'line:a': { name: 'Yours', color: 'blue', points: [0, 0.2] },
      'line:bad': { name: 'x', color: 'y', points: [0, 3] },
      xLabel: 'Time',
    }
    expect(linesOf(n)).toEqual([
      { id: 'a', name: 'Yours', color: 'blue', points: [0, 0.2] },
      { id: 'b', name: 'Mine', color: 'red', points: [0, 0.5, 1, 0.7] },
    ])
  })

  it('smoothPoints drops collinear points, keeps endpoints and stays in graph space', () => {
    const line = Array.from({ length: 50 }, (_, i) => [i / 49, 0.5]).flat()
    expect(smoothPoints(line)).toEqual([0, 0.5, 1, 0.5])
    const zigzag = Array.from({ length: 200 }, (_, i) => [i / 199, i % 2 ? 1 : 0]).flat()
    const out = smoothPoints(zigzag)
    expect(out.slice(0, 2)).toEqual([0, 0])
    expect(out.slice(-2)).toEqual([1, 1])
    expect(out.length % 2).toBe(0)
    for (const v of out) expect(v >= 0 && v <= 1).toBe(true)
    expect(smoothPoints([0.1, 0.2])).toEqual([0.1, 0.2])
    expect(smoothPoints([0.1, 0.2, 0.3])).toEqual([0.1, 0.2])
  })
})

describe('circleToCld', () => {
  it('spreads the elements, drops their parent and the circle, keeps every link, in one step', () => {
    const doc = new Y.Doc()
    initBoard(doc, { createdAt: 1 })
    const ids = applyTemplate(doc, getTemplate('connection-circle')!)
    const el = (i: number) => ids.get(`el${i}`)!
    addLink(doc, { source: el(0), target: el(2), polarity: '+' })
    addLink(doc, { source: el(2), target: el(5), polarity: '-' })
    addLink(doc, { source: el(5), target: el(0), polarity: '+' })
    const before = toSnapshot(doc)
    const circleId = ids.get('circle')!
    const plan = circleToCld(before, circleId)
    expect(plan.moves).toHaveLength(8)
    expect(plan.remove).toEqual([circleId])
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    applyCircleToCld(doc, plan, 'me')
    expect(transactions).toBe(1)
    const after = toSnapshot(doc)
    expect(after.nodes[circleId]).toBeUndefined()
    expect(Object.keys(after.edges).sort()).toEqual(Object.keys(before.edges).sort())
    for (let i = 0; i < 8; i++) expect(after.nodes[el(i)]).not.toHaveProperty('parent')
    // Order round the ring is kept: element 0 is still the topmost.
    const ys = Array.from({ length: 8 }, (_, i) => after.nodes[el(i)]!.y)
    expect(Math.min(...ys)).toBe(ys[0])
    // Neighbours end up roughly 200px apart or more.
    const p = (i: number) => after.nodes[el(i)]!
    expect(Math.hypot(p(0).x - p(1).x, p(0).y - p(1).y)).toBeGreaterThan(190)
  })

  it('returns an empty plan for something that is not a circle', () => {
    const s = { meta: { schema: 1, title: '', createdAt: 0 }, nodes: {}, edges: {}, loops: {} }
    expect(circleToCld(s, 'x')).toEqual({ moves: [], fields: [], remove: [] })
  })

  it('circlePositions puts the first element at 12 o’clock', () => {
    const [first, , third] = circlePositions({ x: 0, y: 0, w: 400, h: 400 }, 4)
    expect(first!.y).toBeLessThan(third!.y)
    expect(first!.x).toBe(third!.x)
  })
})

describe('addCircleElement', () => {
  it('adds an element to an empty circle and re-spaces the ring in one step, up to ten elements', () => {
    const doc = new Y.Doc()
    initBoard(doc, { createdAt: 1 })
    const circleId = addNode(doc, { kind: 'circle', label: 'Story', x: 0, y: 0, fields: { w: 400, h: 400 } })
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    const first = addCircleElement(doc, circleId, 'Sleep', 'me')!
    expect(transactions).toBe(1)
    expect(toSnapshot(doc).nodes[first]).toMatchObject({ kind: 'variable', label: 'Sleep', parent: circleId })
    const ids = [first]
    for (let i = 1; i < CIRCLE_MAX_ELEMENTS; i++) ids.push(addCircleElement(doc, circleId, `E${i}`)!)
    expect(addCircleElement(doc, circleId, 'one too many')).toBeNull()
    const s = toSnapshot(doc)
    // Evenly spaced in the order they were added: the spots circlePositions gives for ten.
    const spots = circlePositions(s.nodes[circleId]!, CIRCLE_MAX_ELEMENTS)
    expect(ids.map((id) => ({ x: s.nodes[id]!.x, y: s.nodes[id]!.y }))).toEqual(spots)
  })
})
