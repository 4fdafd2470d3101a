import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addVariable, moveNodes, removeNodes, setLabel, setLoopInfo, setTitle } from './commands'
import { boardMaps, initBoard } from './doc'
import { toBoardJson } from './board-json'
import { restoreSnapshot } from './restore'
import { toSnapshot } from './snapshot'

const ME = { user: 'restorer' }

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)))
}

function undoManager(doc: Y.Doc): Y.UndoManager {
  const { meta, nodes, edges, loops } = boardMaps(doc)
  return new Y.UndoManager([meta, nodes, edges, loops], { trackedOrigins: new Set([ME]) })
}

function content(doc: Y.Doc) {
  const { nodes, edges, loops, meta } = toSnapshot(doc)
  return { nodes, edges, loops, title: meta.title }
}

describe('restoreSnapshot', () => {
  it('makes the board equal to the version: removes additions, re-adds deletions, reverts fields', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'Before' })
    const a = addVariable(doc, { x: 0, y: 0, label: 'Stress' })
    const b = addVariable(doc, { x: 10, y: 0, label: 'Sleep' })
    addLink(doc, { source: a, target: b, polarity: '-', label: 'cuts' })
    setLoopInfo(doc, 'x>y', { name: 'Spiral' })
    const version = toSnapshot(doc)

    setTitle(doc, 'After')
    addVariable(doc, { x: 5, y: 5, label: 'Extra' })
    setLabel(doc, a, 'Worry')
    moveNodes(doc, [{ id: b, x: 99, y: 99 }])
    removeNodes(doc, [a])
    setLoopInfo(doc, 'x>y', { name: 'Renamed', note: 'n' })

    restoreSnapshot(doc, version)
    expect(content(doc)).toEqual({ nodes: version.nodes, edges: version.edges, loops: version.loops, title: 'Before' })
  })

  it('accepts the board JSON the versions endpoint returns', () => {
    const doc = new Y.Doc()
    addVariable(doc, { x: 0, y: 0, label: 'A' })
    const version = toSnapshot(doc)
    addVariable(doc, { x: 0, y: 0, label: 'B' })
    restoreSnapshot(doc, JSON.parse(JSON.stringify(toBoardJson(version))))
    expect(toSnapshot(doc).nodes).toEqual(version.nodes)
  })

  it('is one undo step for the restorer, and undo brings back the pre-restore board', () => {
    const doc = new Y.Doc()
    initBoard(doc, { title: 'T' })
    const a = addVariable(doc, { x: 0, y: 0, label: 'A' })
    const version = toSnapshot(doc)
    setLabel(doc, a, 'A changed')
    addVariable(doc, { x: 1, y: 1, label: 'B' })
    const before = content(doc)
    const um = undoManager(doc)
    restoreSnapshot(doc, version, ME)
    expect(um.undoStack.length).toBe(1)
    um.undo()
    expect(content(doc)).toEqual(before)
  })

  it('keeps concurrent work on nodes the version also has: typing in a label and other fields merge', () => {
    const restorer = new Y.Doc()
    const other = new Y.Doc()
    const a = addVariable(restorer, { x: 0, y: 0, label: 'Homework load' })
    const b = addVariable(restorer, { x: 50, y: 0, label: 'Sleep' })
    sync(restorer, other)
    const version = toSnapshot(restorer)
    moveNodes(restorer, [{ id: b, x: 70, y: 70 }])
    sync(restorer, other)

    // Concurrently: the restorer restores while the other person types and recolours.
    restoreSnapshot(restorer, version, ME)
    const label = boardMaps(other).nodes.get(a)!.get('label') as Y.Text
    label.insert(label.length, ' per night')
    boardMaps(other).nodes.get(a)!.set('color', 'red')
    sync(restorer, other)

    expect(toSnapshot(restorer)).toEqual(toSnapshot(other))
    const node = toSnapshot(other).nodes[a]!
    expect(node.label).toBe('Homework load per night')
    expect(node.color).toBe('red')
    expect(toSnapshot(other).nodes[b]).toMatchObject({ x: 50, y: 0 })
  })
})
