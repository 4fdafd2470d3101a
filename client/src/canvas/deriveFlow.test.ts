import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addVariable, edgeSnapshot, moveNodes, nodeSnapshot, boardMaps, setLabel, togglePipe } from '@causeway/model'
import { mergeEdges, mergeNodes } from './deriveFlow'
import type { BoardEdge, BoardNode } from './deriveFlow'

const kinds = new Set(['variable', 'note'])

function readers(doc: Y.Doc) {
  const maps = boardMaps(doc)
  return {
    node: (id: string) => {
      const m = maps.nodes.get(id)
      return m ? nodeSnapshot(id, m) : undefined
    },
    edge: (id: string) => {
      const m = maps.edges.get(id)
      return m ? edgeSnapshot(id, m) : undefined
    },
    label: (id: string) => {
      const m = maps.nodes.get(id)
      return m ? String(m.get('label')) : undefined
    },
    edgeIds: () => maps.edges.keys(),
  }
}

describe('mergeNodes / mergeEdges', () => {
  it('builds flow nodes and edges from the doc', () => {
    const doc = new Y.Doc()
    const a = addVariable(doc, { label: 'A', x: 1, y: 2 })
    const b = addVariable(doc, { label: 'B', x: 3, y: 4 })
    const e = addLink(doc, { source: a, target: b, polarity: '+' })
    const labelled = addLink(doc, { source: b, target: a, polarity: '-', label: 'over years' })
    const r = readers(doc)
    const nodes = mergeNodes([], new Set([a, b]), r.node, kinds)
    expect(nodes.map((n) => [n.id, n.type, n.position, n.data.label])).toEqual([
      [a, 'variable', { x: 1, y: 2 }, 'A'],
      [b, 'variable', { x: 3, y: 4 }, 'B'],
    ])
    const edges = mergeEdges([], new Set([e, labelled]), new Set(), r.edgeIds, r.edge, r.label)
    expect(edges).toHaveLength(2)
    expect(edges[1]!.data!.label).toBe('over years')
    expect(edges[0]).toMatchObject({ id: e, source: a, target: b, type: 'causal', ariaLabel: 'Link A → B' })
    expect(edges[0]!.data).toEqual({ polarity: '+', delay: false, sourceLabel: 'A', targetLabel: 'B' })
  })

  it('makes a pipe a pipe edge (its own head, no marker) and rebuilds it when toggled', () => {
    const doc = new Y.Doc()
    const a = addVariable(doc, { label: 'A', x: 0, y: 0 })
    const b = addVariable(doc, { label: 'B', x: 0, y: 0 })
    const e = addLink(doc, { source: a, target: b, polarity: '+', fields: { flow: true } })
    const r = readers(doc)
    const edges = mergeEdges([], new Set([e]), new Set(), r.edgeIds, r.edge, r.label)
    expect(edges[0]).toMatchObject({ type: 'pipe', ariaLabel: 'Pipe A → B', data: { pipe: true } })
    expect(edges[0]!.markerEnd).toBeUndefined()
    togglePipe(doc, [e])
    const back = mergeEdges(edges, new Set([e]), new Set(), r.edgeIds, r.edge, r.label)
    expect(back[0]).toMatchObject({ type: 'causal', ariaLabel: 'Link A → B' })
    expect(back[0]!.data).not.toHaveProperty('pipe')
  })

  it('keeps the identity of untouched nodes and edges, and React Flow state of touched ones', () => {
    const doc = new Y.Doc()
    const a = addVariable(doc, { label: 'A', x: 0, y: 0 })
    const b = addVariable(doc, { label: 'B', x: 0, y: 0 })
    const c = addVariable(doc, { label: 'C', x: 0, y: 0 })
    const ab = addLink(doc, { source: a, target: b })
    const bc = addLink(doc, { source: b, target: c })
    const r = readers(doc)
    let nodes: BoardNode[] = mergeNodes([], new Set([a, b, c]), r.node, kinds)
    const edges: BoardEdge[] = mergeEdges([], new Set([ab, bc]), new Set(), r.edgeIds, r.edge, r.label)
    nodes = nodes.map((n) => (n.id === a ? { ...n, selected: true, measured: { width: 90, height: 30 } } : n))
    const [na, nb, nc] = nodes
    const [eab, ebc] = edges

    setLabel(doc, a, 'A2')
    const next = mergeNodes(nodes, new Set([a]), r.node, kinds)
    expect(next[1]).toBe(nb)
    expect(next[2]).toBe(nc)
    expect(next[0]).not.toBe(na)
    expect(next[0]).toMatchObject({ selected: true, measured: { width: 90, height: 30 }, data: { label: 'A2' } })
    const nextEdges = mergeEdges(edges, new Set(), new Set([a]), r.edgeIds, r.edge, r.label)
    expect(nextEdges[0]).not.toBe(eab)
    expect(nextEdges[0]!.data!.sourceLabel).toBe('A2')
    expect(nextEdges[1]).toBe(ebc)
  })

  it('after a node moves (a drag end) rebuilds only that node: every other node and every link keeps its object', () => {
    const doc = new Y.Doc()
    const ids = Array.from({ length: 50 }, (_, i) => addVariable(doc, { label: `V${i}`, x: i * 10, y: 0 }))
    const links = ids.slice(1).map((id, i) => addLink(doc, { source: ids[i]!, target: id }))
    const r = readers(doc)
    const nodes = mergeNodes([], new Set(ids), r.node, kinds)
    const edges = mergeEdges([], new Set(links), new Set(), r.edgeIds, r.edge, r.label)
    const moved = ids[7]!

    moveNodes(doc, [{ id: moved, x: 500, y: 600 }])
    const nextNodes = mergeNodes(nodes, new Set([moved]), r.node, kinds)
    nextNodes.forEach((n, i) => (n.id === moved ? expect(n).not.toBe(nodes[i]) : expect(n).toBe(nodes[i])))
    expect(nextNodes[7]!.position).toEqual({ x: 500, y: 600 })
    // Links read labels, not positions: the very same array, so React Flow's edge store is untouched.
    expect(mergeEdges(edges, new Set(), new Set([moved]), r.edgeIds, r.edge, r.label)).toBe(edges)

    setLabel(doc, moved, 'renamed')
    const relabelled = mergeEdges(edges, new Set(), new Set([moved]), r.edgeIds, r.edge, r.label)
    const touching = new Set(relabelled.filter((e) => e.source === moved || e.target === moved).map((e) => e.id))
    expect(touching.size).toBe(2)
    relabelled.forEach((e, i) => (touching.has(e.id) ? expect(e).not.toBe(edges[i]) : expect(e).toBe(edges[i])))
  })

  it('drops deleted nodes and hides links whose end is gone; unknown kinds render generic', () => {
    const doc = new Y.Doc()
    const a = addVariable(doc, { label: 'A', x: 0, y: 0 })
    const b = addVariable(doc, { label: 'B', x: 0, y: 0 })
    const e = addLink(doc, { source: a, target: b })
    const r = readers(doc)
    const nodes = mergeNodes([], new Set([a, b]), r.node, kinds)
    const edges = mergeEdges([], new Set([e]), new Set(), r.edgeIds, r.edge, r.label)
    // a concurrent delete of the node only (the link survives in the doc)
    boardMaps(doc).nodes.delete(b)
    expect(mergeNodes(nodes, new Set([b]), r.node, kinds).map((n) => n.id)).toEqual([a])
    expect(mergeEdges(edges, new Set(), new Set([b]), r.edgeIds, r.edge, r.label)).toEqual([])

    boardMaps(doc).nodes.get(a)!.set('kind', 'hologram')
    expect(mergeNodes(nodes, new Set([a]), r.node, kinds)[0]!.type).toBe('generic')
  })

  it('keeps a dragged node where the pointer has it, whatever arrives meanwhile', () => {
    const doc = new Y.Doc()
    const a = addVariable(doc, { label: 'A', x: 0, y: 0 })
    const r = readers(doc)
    const dragging: BoardNode[] = mergeNodes([], new Set([a]), r.node, kinds).map((n) => ({
      ...n,
      dragging: true,
      position: { x: 50, y: 60 },
    }))
    boardMaps(doc).nodes.get(a)!.set('x', 999)
    expect(mergeNodes(dragging, new Set([a]), r.node, kinds)[0]!.position).toEqual({ x: 50, y: 60 })
  })
})
