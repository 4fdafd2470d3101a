import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addVariable, toSnapshot } from '@causeway/model'
import type { BoardContent, BoardSnapshot } from '@causeway/model'
import { CONTAINER_SIZES, FRAME_GAP, FRAME_PAD, FRAME_TITLE, frameTitle, isContainer, placeInFrame } from '@causeway/interop'
import { CONTAINER_DEFAULT_SIZE, CONTAINER_KINDS } from '../kinds/containment'
import { importFileText } from './importFile'

const empty: BoardSnapshot = { meta: { schema: 1, title: 'B', createdAt: 0 }, nodes: {}, edges: {}, loops: {} }
const content: BoardContent = {
  nodes: [
    { id: 'n1', kind: 'variable', label: 'A', x: 100, y: 50, w: 100, h: 40 },
    { id: 'n2', kind: 'variable', label: 'B', x: 300, y: 250, w: 100, h: 40 },
    { id: 'n3', kind: 'iceberg', label: 'Berg', x: 0, y: 0, w: 50, h: 50 },
  ],
  edges: [{ id: 'e1', source: 'n1', target: 'n2', polarity: '+', delay: false }],
}

describe('placeInFrame', () => {
  it('sizes a titled frame around the content, which joins it', () => {
    const { content: out, frameId } = placeInFrame(empty, content, 'links')
    const frame = out.nodes[0]!
    expect(frame).toMatchObject({ id: frameId, kind: 'frame', label: 'links', x: 0, y: 0 })
    expect(frame.w).toBe(400 + 2 * FRAME_PAD)
    expect(frame.h).toBe(290 + 2 * FRAME_PAD + FRAME_TITLE)
    const [, a, b, berg] = out.nodes
    expect(a).toMatchObject({ x: 100 + FRAME_PAD, y: 50 + FRAME_PAD + FRAME_TITLE, parent: frameId })
    expect(b!.parent).toBe(frameId)
    // Frames do not hold containers, so the iceberg is placed inside but not parented.
    expect(berg!.parent).toBeUndefined()
    expect(out.edges).toEqual(content.edges)
  })

  it('goes to the right of existing content, tops aligned, and never reuses a content id', () => {
    const board: BoardSnapshot = {
      ...empty,
      nodes: { x: { id: 'x', kind: 'variable', label: 'Old', x: -50, y: 500, w: 200, h: 40 } },
    }
    const withClash = { ...content, nodes: [...content.nodes, { id: 'import-frame', kind: 'note', label: '', x: 0, y: 0 }] }
    const { content: out, frameId } = placeInFrame(board, withClash, 't')
    expect(frameId).not.toBe('import-frame')
    expect(out.nodes[0]).toMatchObject({ x: 150 + FRAME_GAP, y: 500 })
  })

  it('sizes containers as the canvas does (placement lives in @causeway/interop, shared with the server)', () => {
    expect(CONTAINER_SIZES).toEqual(CONTAINER_DEFAULT_SIZE)
    for (const kind of CONTAINER_KINDS) expect(isContainer(kind), kind).toBe(true)
    expect(Object.keys(CONTAINER_SIZES).every((k) => CONTAINER_KINDS.has(k))).toBe(true)
  })

  it('names frames after the file', () => {
    expect(frameTitle('C:\\x\\loops.causeway.json')).toBe('loops')
    expect(frameTitle('links.csv')).toBe('links')
    expect(frameTitle('.csv')).toBe('.csv')
  })
})

describe('importFileText', () => {
  function board() {
    const doc = new Y.Doc()
    const a = addVariable(doc, { label: 'Stress', x: 0, y: 0 })
    const b = addVariable(doc, { label: 'Sleep', x: 200, y: 100 })
    addLink(doc, { source: a, target: b, polarity: '-' })
    return doc
  }
  const state = (doc: Y.Doc) => JSON.stringify(toSnapshot(doc))

  it('adds a CSV as one undo step inside a new frame', () => {
    const doc = board()
    const origin = {}
    const undo = new Y.UndoManager(doc.getMap('nodes'), { trackedOrigins: new Set([origin]) })
    undo.addToScope([doc.getMap('edges'), doc.getMap('loops')])
    const before = state(doc)
    const out = importFileText(doc, 'habits.csv', 'source,target,polarity\nX,Y,+\nY,X,-\n', origin, '?')
    expect(out).toMatchObject({ ok: true, format: 'csv', nodes: 2, edges: 2, title: 'habits' })
    const snap = toSnapshot(doc)
    const frame = Object.values(snap.nodes).find((n) => n.kind === 'frame')!
    expect(frame.label).toBe('habits')
    const imported = Object.values(snap.nodes).filter((n) => n.label === 'X' || n.label === 'Y')
    expect(imported.every((n) => n.parent === frame.id)).toBe(true)
    expect(frame.x).toBeGreaterThan(200)
    undo.undo()
    expect(state(doc)).toBe(before)
  })

  it('reports errors with their place and changes nothing', () => {
    const doc = board()
    const before = state(doc)
    const out = importFileText(doc, 'bad.csv', 'source,target,polarity\nA,B,sideways\n', {}, '?')
    expect(out.ok).toBe(false)
    if (!out.ok) expect(out.errors[0]!.path).toMatch(/line 2/)
    const unknown = importFileText(doc, 'notes.txt', 'hello', {}, 'Unknown format')
    expect(unknown).toEqual({ ok: false, errors: [{ path: 'notes.txt', message: 'Unknown format' }] })
    expect(state(doc)).toBe(before)
  })
})
