import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  ModelError,
  addLink,
  addNode,
  addVariable,
  cyclePolarity,
  isPipe,
  isPipeByDefault,
  removeNodes,
  setLabel,
  setNodeFields,
  setPipe,
  togglePipe,
} from './commands'
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

describe('pipes', () => {
  function board() {
    const doc = new Y.Doc()
    const um = new Y.UndoManager([boardMaps(doc).nodes, boardMaps(doc).edges], { trackedOrigins: new Set([ME]) })
    const stock = addNode(doc, { kind: 'stock', label: 'Enrolled', x: 0, y: 0 })
    const flow = addNode(doc, { kind: 'flow', label: 'Joining', x: 0, y: 0 })
    const cloud = addNode(doc, { kind: 'cloud', label: '', x: 0, y: 0 })
    const v = addVariable(doc, { x: 0, y: 0, label: 'Reputation' })
    return { doc, um, stock, flow, cloud, v }
  }

  it('a link between stocks, flows and clouds is a pipe by default, in either direction', () => {
    const { doc, stock, flow, cloud, v } = board()
    expect(isPipeByDefault(doc, flow, stock)).toBe(true)
    expect(isPipeByDefault(doc, stock, flow)).toBe(true)
    expect(isPipeByDefault(doc, cloud, flow)).toBe(true)
    expect(isPipeByDefault(doc, v, flow)).toBe(false)
    expect(isPipeByDefault(doc, stock, v)).toBe(false)
    expect(isPipeByDefault(doc, stock, 'gone')).toBe(false)
  })

  it('toggles a link to a pipe (+, no delay) and back, each one undo step', () => {
    const { doc, um, stock, flow } = board()
    const e = addLink(doc, { source: flow, target: stock, polarity: '-', delay: true }, ME)
    um.stopCapturing()
    expect(togglePipe(doc, [e], ME)).toBe(true)
    expect(toSnapshot(doc).edges[e]).toMatchObject({ flow: true, polarity: '+', delay: false })
    um.stopCapturing()
    expect(togglePipe(doc, [e], ME)).toBe(false)
    expect(toSnapshot(doc).edges[e]).not.toHaveProperty('flow')
    expect(toSnapshot(doc).edges[e]).toMatchObject({ polarity: '+' })
    um.undo()
    expect(isPipe(toSnapshot(doc).edges[e]!)).toBe(true)
    um.undo()
    // One undo takes the whole toggle back: not a pipe, its polarity and delay as they were.
    expect(toSnapshot(doc).edges[e]).toMatchObject({ polarity: '-', delay: true })
    expect(toSnapshot(doc).edges[e]).not.toHaveProperty('flow')
  })

  it('a mixed selection becomes all pipes; all pipes become links', () => {
    const { doc, stock, flow, cloud } = board()
    const a = addLink(doc, { source: cloud, target: flow, fields: { flow: true } })
    const b = addLink(doc, { source: flow, target: stock })
    expect(togglePipe(doc, [a, b])).toBe(true)
    expect([a, b].map((id) => isPipe(boardMaps(doc).edges.get(id)!))).toEqual([true, true])
    expect(togglePipe(doc, [a, b])).toBe(false)
    expect([a, b].map((id) => isPipe(boardMaps(doc).edges.get(id)!))).toEqual([false, false])
  })

  it('refuses an unknown link before writing anything', () => {
    const { doc, stock, flow } = board()
    const e = addLink(doc, { source: flow, target: stock })
    expect(() => setPipe(doc, [e, 'nope'], true)).toThrow(ModelError)
    expect(isPipe(boardMaps(doc).edges.get(e)!)).toBe(false)
  })
})
