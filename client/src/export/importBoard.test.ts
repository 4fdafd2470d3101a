import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addVariable, toBoardJson, toSnapshot, setLoopInfo } from '@causeway/model'
import { importBoardText } from './importBoard'

function board() {
  const doc = new Y.Doc()
  const a = addVariable(doc, { label: 'Stress', x: 0, y: 0 })
  const b = addVariable(doc, { label: 'Sleep', x: 200, y: 100 })
  addLink(doc, { source: a, target: b, polarity: '-' })
  return doc
}

const docState = (doc: Y.Doc) => JSON.stringify(toSnapshot(doc))

describe('importBoardText', () => {
  it('rejects text that is not JSON and changes nothing', () => {
    const doc = board()
    const before = docState(doc)
    const outcome = importBoardText(doc, '{ not json')
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.errors[0]!.path).toBe('$')
    expect(docState(doc)).toBe(before)
  })

  it('lists each problem with its path and changes nothing', () => {
    const doc = board()
    const before = docState(doc)
    const bad = {
      format: 'causeway.board',
      version: 1,
      nodes: [
        { id: 'n1', kind: 'variable', label: 'ok', x: 0, y: 0 },
        { id: 'n2', kind: 'variable', label: 'no x', y: 0 },
      ],
      edges: [{ id: 'e1', source: 'n1', target: 'ghost', polarity: '+', delay: false }],
    }
    const outcome = importBoardText(doc, JSON.stringify(bad))
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) {
      expect(outcome.errors.map((e) => e.path)).toEqual(['nodes[1].x', 'edges[0].target'])
      expect(outcome.errors.every((e) => e.message.length > 0)).toBe(true)
    }
    expect(docState(doc)).toBe(before)
  })

  it('rejects the wrong format', () => {
    const doc = board()
    const outcome = importBoardText(doc, JSON.stringify({ hello: 'world' }))
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.errors.map((e) => e.path)).toContain('format')
  })

  it('adds a good file to the right of existing content as one undo step, keeping loop names', () => {
    const source = new Y.Doc()
    const x = addVariable(source, { id: 'x', label: 'X', x: 0, y: 0 })
    const y = addVariable(source, { id: 'y', label: 'Y', x: 100, y: 0 })
    addLink(source, { source: x, target: y, polarity: '+' })
    addLink(source, { source: y, target: x, polarity: '+' })
    setLoopInfo(source, 'x>y', { name: 'Echo' })
    const file = JSON.stringify(toBoardJson(toSnapshot(source)))

    const doc = board()
    const origin = {}
    const undo = new Y.UndoManager([doc.getMap('nodes'), doc.getMap('edges'), doc.getMap('loops')], {
      trackedOrigins: new Set([origin]),
    })
    const before = docState(doc)
    const existingRight = Math.max(...Object.values(toSnapshot(doc).nodes).map((n) => n.x))
    const outcome = importBoardText(doc, file, origin)
    expect(outcome).toEqual({ ok: true, nodes: 2, edges: 2 })
    const after = toSnapshot(doc)
    expect(Object.keys(after.nodes)).toHaveLength(4)
    expect(Object.keys(after.edges)).toHaveLength(3)
    const imported = Object.values(after.nodes).filter((n) => n.label === 'X' || n.label === 'Y')
    expect(Math.min(...imported.map((n) => n.x))).toBeGreaterThan(existingRight)
    expect(Object.values(after.loops).map((l) => l.name)).toEqual(['Echo'])
    undo.undo()
    expect(docState(doc)).toBe(before)
  })
})
