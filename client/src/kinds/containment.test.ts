import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addNode, boardMaps, initBoard } from '@causeway/model'
import { bandAt, icebergBands, ladderBands } from './bands'
import { moveIntoContainers } from './containment'

function board() {
  const doc = new Y.Doc()
  initBoard(doc)
  const iceberg = addNode(doc, { kind: 'iceberg', x: 0, y: 0, fields: { w: 400, h: 436 } })
  const ladder = addNode(doc, { kind: 'ladder', x: 1000, y: 0, fields: { w: 400, h: 736 } })
  const note = addNode(doc, { kind: 'note', label: 'Late again', x: 2000, y: 2000 })
  return { doc, iceberg, ladder, note, nodes: boardMaps(doc).nodes }
}

describe('bands', () => {
  it('orders iceberg levels from events down to mental models', () => {
    const bands = icebergBands(436)
    expect(bands.map((b) => b.id)).toEqual(['events', 'patterns', 'structures', 'mental-models'])
    expect(bandAt(bands, 40)).toBe('events')
    expect(bandAt(bands, 435)).toBe('mental-models')
  })

  it('puts observable data at the bottom of the ladder and actions at the top', () => {
    const bands = ladderBands(736)
    expect(bandAt(bands, 40)).toBe('actions')
    expect(bandAt(bands, 730)).toBe('data')
  })
})

describe('moveIntoContainers', () => {
  it('gives a note dropped on a band that level and parent, and changes it on the next move', () => {
    const { doc, iceberg, note, nodes } = board()
    moveIntoContainers(doc, [{ id: note, x: 100, y: 40, width: 100, height: 40 }])
    expect(nodes.get(note)!.get('parent')).toBe(iceberg)
    expect(nodes.get(note)!.get('level')).toBe('events')
    moveIntoContainers(doc, [{ id: note, x: 100, y: 380, width: 100, height: 40 }])
    expect(nodes.get(note)!.get('level')).toBe('mental-models')
  })

  it('sets a rung inside a ladder and clears membership when dropped outside', () => {
    const { doc, ladder, note, nodes } = board()
    moveIntoContainers(doc, [{ id: note, x: 1100, y: 700 }])
    expect(nodes.get(note)!.get('rung')).toBe('data')
    expect(nodes.get(note)!.get('parent')).toBe(ladder)
    moveIntoContainers(doc, [{ id: note, x: 3000, y: 0 }])
    expect(nodes.get(note)!.has('parent')).toBe(false)
    expect(nodes.get(note)!.has('rung')).toBe(false)
  })

  it('is one undo step', () => {
    const { doc, note, nodes } = board()
    const origin = {}
    const undo = new Y.UndoManager(boardMaps(doc).nodes, { trackedOrigins: new Set([origin]) })
    moveIntoContainers(doc, [{ id: note, x: 100, y: 200 }], origin)
    undo.undo()
    expect(nodes.get(note)!.get('x')).toBe(2000)
    expect(nodes.get(note)!.has('level')).toBe(false)
  })

  it('moves a container’s children with it', () => {
    const { doc, iceberg, note, nodes } = board()
    moveIntoContainers(doc, [{ id: note, x: 100, y: 40 }])
    moveIntoContainers(doc, [{ id: iceberg, x: 50, y: 10 }])
    expect(nodes.get(note)!.get('x')).toBe(150)
    expect(nodes.get(note)!.get('y')).toBe(50)
  })
})
