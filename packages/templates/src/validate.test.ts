import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { initBoard, toSnapshot } from '@causeway/model'
import { TemplateError, applyTemplate, getTemplate, validateTemplate } from './index'
import type { Template } from './index'

const good = (): Record<string, unknown> => JSON.parse(JSON.stringify(getTemplate('iceberg')!)) as Record<string, unknown>

function errorsOf(value: unknown): Array<{ path: string; message: string }> {
  const r = validateTemplate(value)
  if (r.ok) throw new Error('expected errors')
  return r.errors
}

describe('validateTemplate', () => {
  it('rejects non-objects at the root', () => {
    expect(errorsOf('nope')).toEqual([{ path: '$', message: 'Expected a JSON object.' }])
    expect(errorsOf([])).toEqual([{ path: '$', message: 'Expected a JSON object.' }])
  })

  it('names every bad top-level field', () => {
    const t = { ...good(), id: 'Has Spaces', title: '', category: 'game', habits: ['ok', 3], content: undefined }
    expect(errorsOf(t).map((e) => e.path)).toEqual(['id', 'title', 'category', 'habits[1]', 'content'])
  })

  it('points into content with JSON paths', () => {
    const t = good() as { content: { nodes: Array<Record<string, unknown>>; edges: unknown[] } }
    t.content.nodes[1]!.x = 'left'
    expect(errorsOf(t)).toEqual([{ path: 'content.nodes[1].x', message: 'Expected a number.' }])

    const t2 = good() as { content: { nodes: Array<Record<string, unknown>>; edges: unknown[] } }
    t2.content.edges = [{ id: 'e', source: 'ice', target: 'missing', polarity: '+', delay: false }]
    expect(errorsOf(t2)).toEqual([{ path: 'content.edges[0].target', message: 'Expected the id of a node in this file.' }])
  })

  it('checks kind-specific fields: level, rung, parent, sizes, botg lines, flow', () => {
    const t = good() as { content: { nodes: Array<Record<string, unknown>>; edges: unknown[] } }
    t.content.nodes[0]!.w = -5
    t.content.nodes[0]!.variant = 'sunken'
    t.content.nodes[1]!.level = 'basement'
    t.content.nodes.push(
      { id: 'r', kind: 'note', label: '', x: 0, y: 0, rung: 'beliefs', parent: 'ice' },
      { id: 'orphan', kind: 'note', label: '', x: 0, y: 0, parent: 'ghost' },
      { id: 'g', kind: 'botg', label: '', x: 0, y: 0, 'line:a': { name: 'A', color: 'red', points: [0, 2] } },
      { id: 'v', kind: 'variable', label: '', x: 0, y: 0, parent: 'g2' },
      { id: 'g2', kind: 'variable', label: '', x: 0, y: 0 },
    )
    t.content.edges = [{ id: 'e', source: 'v', target: 'g2', polarity: '+', delay: false, flow: 'yes' }]
    expect(errorsOf(t).map((e) => e.path)).toEqual([
      'content.nodes[0].w',
      'content.nodes[0].variant',
      'content.nodes[1].level',
      'content.nodes[3].rung',
      'content.nodes[4].parent',
      'content.nodes[5]["line:a"]',
      'content.nodes[6].parent',
      'content.edges[0].flow',
    ])
  })

  it('checks loop names', () => {
    const t = { ...good(), content: { nodes: [], edges: [], loops: { 'a>b': { name: 5 }, 'c>d': 'x' } } }
    expect(errorsOf(t).map((e) => e.path)).toEqual(['content.loops["a>b"].name', 'content.loops["c>d"]'])
  })
})

describe('applyTemplate with a bad template', () => {
  it('throws with the paths and leaves the board untouched', () => {
    const doc = new Y.Doc()
    initBoard(doc, { createdAt: 1 })
    applyTemplate(doc, getTemplate('fixes-that-fail')!)
    const before = toSnapshot(doc)
    let updates = 0
    doc.on('update', () => updates++)
    const bad = good() as { content: { nodes: Array<Record<string, unknown>> } }
    bad.content.nodes[1]!.level = 'basement'
    let thrown: unknown
    try {
      applyTemplate(doc, bad as unknown as Template)
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBeInstanceOf(TemplateError)
    expect((thrown as TemplateError).errors.map((e) => e.path)).toEqual(['content.nodes[1].level'])
    expect(updates).toBe(0)
    expect(toSnapshot(doc)).toEqual(before)
  })
})
