import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { boardMaps, initBoard, toSnapshot } from '@causeway/model'
import { loopsOfSnapshot, labelLoops } from '@causeway/analysis'
import { applyTemplate, getTemplate, listTemplates, templates, validateTemplate } from './index'
import type { Template } from './index'

const FRAMEWORK_IDS = [
  'blank', 'iceberg', 'ladder-of-inference', 'behaviour-over-time', 'connection-circle', 'stock-and-flow',
  'creative-tension', 'three-systems', 'check-in', 'fixes-that-fail', 'shifting-the-burden', 'limits-to-growth',
  'eroding-goals', 'escalation', 'success-to-the-successful', 'tragedy-of-the-commons',
  'growth-and-underinvestment', 'accidental-adversaries',
]

function applied(t: Template): Y.Doc {
  const doc = new Y.Doc()
  initBoard(doc, { createdAt: 1 })
  applyTemplate(doc, t, {}, 'me')
  return doc
}

function loopCounts(t: Template): { R: number; B: number; U: number } {
  const { loops, truncated } = loopsOfSnapshot(toSnapshot(applied(t)))
  expect(truncated).toBe(false)
  return {
    R: loops.filter((l) => l.type === 'R').length,
    B: loops.filter((l) => l.type === 'B').length,
    U: loops.filter((l) => l.type === 'U').length,
  }
}

describe('built-in templates', () => {
  it('has exactly the ids FRAMEWORK.md lists, each once', () => {
    expect(templates.map((t) => t.id)).toEqual(FRAMEWORK_IDS)
    expect(listTemplates().map((t) => t.id)).toEqual(FRAMEWORK_IDS)
    expect(listTemplates()[0]).not.toHaveProperty('content')
    expect(getTemplate('escalation')?.title).toBe('Escalation')
    expect(getTemplate('nope')).toBeUndefined()
  })

  it.each(templates.map((t) => [t.id, t] as const))('%s validates, survives a JSON round trip and applies as one transaction', (_id, t) => {
    expect(validateTemplate(t)).toEqual({ ok: true, template: t })
    expect(validateTemplate(JSON.parse(JSON.stringify(t))).ok).toBe(true)
    expect(t.habits.length).toBeGreaterThan(0)
    const doc = new Y.Doc()
    initBoard(doc, { createdAt: 1 })
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    const undo = new Y.UndoManager([boardMaps(doc).nodes, boardMaps(doc).edges, boardMaps(doc).loops], {
      trackedOrigins: new Set(['me']),
    })
    const ids = applyTemplate(doc, t, { offset: { x: 50, y: 10 } }, 'me')
    expect(transactions).toBe(1)
    const s = toSnapshot(doc)
    expect(Object.keys(s.nodes)).toHaveLength(t.content.nodes.length)
    expect(Object.keys(s.edges)).toHaveLength(t.content.edges.length)
    for (const n of t.content.nodes) {
      const placed = s.nodes[ids.get(n.id)!]!
      expect([placed.x, placed.y, placed.kind, placed.label]).toEqual([n.x + 50, n.y + 10, n.kind, n.label])
      if (typeof n.parent === 'string') expect(placed.parent).toBe(ids.get(n.parent))
    }
    undo.undo()
    expect(boardMaps(doc).nodes.size + boardMaps(doc).edges.size + boardMaps(doc).loops.size).toBe(0)
  })
})

describe('archetypes yield the loops FRAMEWORK.md lists', () => {
  it.each([
    ['fixes-that-fail', 1, 1],
    ['shifting-the-burden', 1, 2],
    ['limits-to-growth', 1, 1],
    ['eroding-goals', 0, 2],
    ['escalation', 0, 2],
    ['success-to-the-successful', 2, 0],
    ['tragedy-of-the-commons', 2, 2],
    ['growth-and-underinvestment', 1, 2],
    // Not listed in FRAMEWORK.md; counted by hand (see the comment in archetypes.ts).
    ['accidental-adversaries', 4, 2],
  ])('%s: %i R, %i B', (id, R, B) => {
    expect(loopCounts(getTemplate(id)!)).toEqual({ R, B, U: 0 })
  })

  it('every archetype loop carries a suggested name under its board key', () => {
    for (const t of templates.filter((x) => x.category === 'archetype')) {
      const s = toSnapshot(applied(t))
      const loops = loopsOfSnapshot(s).loops
      for (const l of loops) if (t.id !== 'accidental-adversaries') expect(s.loops[l.key]?.name, `${t.id} ${l.key}`).toBeTruthy()
      for (const key of Object.keys(s.loops)) expect(loops.map((l) => l.key), `${t.id}: stray name`).toContain(key)
    }
  })

  it('marks the delays the sources mark', () => {
    const delays = (id: string) =>
      getTemplate(id)!.content.edges.filter((e) => e.delay).map((e) => `${e.source}-${e.target}`)
    expect(delays('fixes-that-fail')).toEqual(['f-u'])
    expect(delays('shifting-the-burden')).toEqual(['fs-p'])
    expect(delays('eroding-goals')).toEqual(['ca-cs'])
    expect(delays('tragedy-of-the-commons')).toEqual(['ta-gpi'])
    expect(delays('growth-and-underinvestment')).toEqual(['ic-cap'])
    expect(delays('limits-to-growth')).toEqual([])
  })

  it('labels fixes that fail as R1 (unintended consequences) and B1 (quick fix)', () => {
    const s = toSnapshot(applied(getTemplate('fixes-that-fail')!))
    const labelled = labelLoops(loopsOfSnapshot(s).loops).map((l) => [l.label, s.loops[l.key]?.name])
    expect(labelled).toEqual([
      ['R1', 'Unintended consequences'],
      ['B1', 'Quick fix'],
    ])
  })
})

describe('tool templates', () => {
  it('stock and flow: pipes are flow links, one R inflow loop and one B outflow loop', () => {
    const t = getTemplate('stock-and-flow')!
    expect(t.content.edges.filter((e) => e.flow === true)).toHaveLength(4)
    expect(loopCounts(t)).toEqual({ R: 1, B: 1, U: 0 })
  })

  it('containers and their members follow the node-kind conventions', () => {
    const kinds = (id: string) => getTemplate(id)!.content.nodes.map((n) => n.kind)
    expect(kinds('iceberg')).toContain('iceberg')
    expect(getTemplate('iceberg')!.content.nodes.find((n) => n.kind === 'iceberg')).toMatchObject({ variant: 'standard' })
    expect(getTemplate('ladder-of-inference')!.content.nodes.find((n) => n.kind === 'ladder')).toMatchObject({ reflexive: true })
    expect(getTemplate('behaviour-over-time')!.content.nodes.find((n) => n.kind === 'botg')).toMatchObject({
      xLabel: 'Time',
      timeLabels: expect.any(Array),
    })
    const circle = getTemplate('connection-circle')!.content
    expect(circle.nodes.filter((n) => n.parent === 'circle' && n.kind === 'variable').length).toBeGreaterThanOrEqual(5)
    const labels = getTemplate('check-in')!.content.nodes.filter((n) => n.kind === 'prompt').map((n) => n.label.split(':')[0])
    expect(labels).toEqual(expect.arrayContaining(['Move', 'Follow', 'Oppose', 'Bystand']))
    expect(getTemplate('creative-tension')!.content.nodes.filter((n) => n.kind === 'frame').map((n) => n.label)).toEqual([
      'Vision',
      'Current reality',
    ])
    expect(getTemplate('three-systems')!.content.nodes.filter((n) => n.kind === 'frame').map((n) => n.label)).toEqual([
      'Self',
      'Others',
      'World',
    ])
    expect(loopCounts(getTemplate('three-systems')!)).toEqual({ R: 0, B: 0, U: 0 })
  })
})
