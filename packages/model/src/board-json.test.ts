import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addVariable } from './commands'
import { initBoard } from './doc'
import { parseBoardJson, toBoardJson } from './board-json'
import { insertContent, toSnapshot } from './snapshot'

describe('board JSON', () => {
  it('round-trips a board through export and import', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'T' })
    const a = addVariable(doc, { x: 1, y: 2, label: 'Stress' })
    const b = addVariable(doc, { x: 3, y: 4, label: 'Absences' })
    addLink(doc, { source: a, target: b, polarity: '+', delay: true })
    const parsed = parseBoardJson(JSON.parse(JSON.stringify(toBoardJson(toSnapshot(doc)))))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const copy = new Y.Doc()
    insertContent(copy, parsed.content, { keepIds: true })
    expect(toSnapshot(copy).nodes).toEqual(toSnapshot(doc).nodes)
    expect(toSnapshot(copy).edges).toEqual(toSnapshot(doc).edges)
  })

  it.each([
    ['not an object', [], '$'],
    ['wrong format', { format: 'x', version: 1, nodes: [], edges: [] }, 'format'],
    ['future version', { format: 'causeway.board', version: 99, nodes: [], edges: [] }, 'version'],
    ['bad node', { format: 'causeway.board', version: 1, nodes: [{ id: 'a', kind: 'variable', label: 3, x: 0, y: 0 }], edges: [] }, 'nodes[0].label'],
    [
      'dangling link',
      { format: 'causeway.board', version: 1, nodes: [{ id: 'a', kind: 'variable', label: '', x: 0, y: 0 }], edges: [{ id: 'e', source: 'a', target: 'zz', polarity: '+', delay: false }] },
      'edges[0].target',
    ],
  ])('rejects %s with the path at fault', (_name, value, path) => {
    const r = parseBoardJson(value)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[0]?.path).toBe(path)
  })
})
