import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ModelError, addLink, addVariable, cyclePolarity, removeNodes, setLabel, setNodeFields } from './commands'
import { boardMaps } from './doc'
import { canonicalLoopKey, insertContent, toSnapshot } from './snapshot'

const ME = { user: 'me' }

describe('model commands', () => {
  it('refuses a self-loop with a clear error and writes nothing', () => {
    const doc = new Y.Doc()
    const a = addVariable(doc, { x: 0, y: 0, label: 'A' })
    expect(() => addLink(doc, { source: a, target: a })).toThrow(ModelError)
    expect(boardMaps(doc).edges.size).toBe(0)
  })

  it('cycles polarity ? → + → − → ?', () => {
    const doc = new Y.Doc()
    const a = addVariable(doc, { x: 0, y: 0 })
    const b = addVariable(doc, { x: 0, y: 0 })
    const e = addLink(doc, { source: a, target: b })
    expect([cyclePolarity(doc, e), cyclePolarity(doc, e), cyclePolarity(doc, e)]).toEqual(['+', '-', '?'])
  })

  it('removing a node removes the links touching it in the same step', () => {
    const doc = new Y.Doc()
    const um = new Y.UndoManager([boardMaps(doc).nodes, boardMaps(doc).edges], { trackedOrigins: new Set([ME]) })
    const a = addVariable(doc, { x: 0, y: 0 }, ME)
    const b = addVariable(doc, { x: 0, y: 0 }, ME)
    addLink(doc, { source: a, target: b }, ME)
    um.stopCapturing()
    removeNodes(doc, [a], ME)
    expect(boardMaps(doc).edges.size).toBe(0)
    um.undo()
    expect(boardMaps(doc).edges.size).toBe(1)
    expect(boardMaps(doc).nodes.size).toBe(2)
  })

  it('keeps fields it does not know (written by a newer version)', () => {
    const doc = new Y.Doc()
    const a = addVariable(doc, { x: 0, y: 0, label: 'A' })
    setNodeFields(doc, a, { futureField: { deep: [1, 2] } })
    setLabel(doc, a, 'B')
    expect(toSnapshot(doc).nodes[a]).toMatchObject({ label: 'B', futureField: { deep: [1, 2] } })
  })

  it('inserts content as one undo step with fresh ids and remapped loop names', () => {
    const doc = new Y.Doc()
    const um = new Y.UndoManager([boardMaps(doc).nodes, boardMaps(doc).edges, boardMaps(doc).loops], {
      trackedOrigins: new Set([ME]),
    })
    const map = insertContent(
      doc,
      {
        nodes: [
          { id: 'a', kind: 'variable', label: 'A', x: 0, y: 0 },
          { id: 'b', kind: 'variable', label: 'B', x: 10, y: 0 },
        ],
        edges: [
          { id: 'e1', source: 'a', target: 'b', polarity: '+', delay: false },
          { id: 'e2', source: 'b', target: 'a', polarity: '+', delay: true },
        ],
        loops: { 'a>b': { name: 'Growth' } },
      },
      { offset: { x: 100, y: 0 } },
      ME,
    )
    const s = toSnapshot(doc)
    expect(Object.keys(s.nodes)).not.toContain('a')
    expect(s.nodes[map.get('a')!]?.x).toBe(100)
    expect(s.loops[canonicalLoopKey([map.get('a')!, map.get('b')!])]).toEqual({ name: 'Growth' })
    um.undo()
    expect(toSnapshot(doc).nodes).toEqual({})
    expect(toSnapshot(doc).edges).toEqual({})
  })

  it('canonical loop keys start at the smallest id', () => {
    expect(canonicalLoopKey(['c', 'a', 'b'])).toBe('a>b>c')
    expect(canonicalLoopKey(['b', 'c', 'a'])).toBe('a>b>c')
  })
})
