import { useCallback, useEffect, useState } from 'react'
import { applyEdgeChanges, applyNodeChanges } from '@xyflow/react'
import type { EdgeChange, NodeChange } from '@xyflow/react'
import * as Y from 'yjs'
import { boardMaps, edgeSnapshot, nodeSnapshot } from '@causeway/model'
import { mergeEdges, mergeNodes } from './deriveFlow'
import { takePendingSelection } from './selectNodes'
import type { BoardEdge, BoardNode } from './deriveFlow'

/**
 * Y.Doc → React Flow nodes/edges. Observers collect which ids changed; once per animation frame
 * only those are rebuilt. React Flow's own changes (selection, drag, measuring) go into the same
 * state, never into the doc — drag end is written by the canvas with moveNodes.
 */
export function useFlowData(doc: Y.Doc, nodeTypes: ReadonlySet<string>) {
  const [nodes, setNodes] = useState<BoardNode[]>([])
  const [edges, setEdges] = useState<BoardEdge[]>([])

  useEffect(() => {
    const maps = boardMaps(doc)
    let changedNodes = new Set<string>(maps.nodes.keys())
    let changedEdges = new Set<string>(maps.edges.keys())
    let frame = 0

    const flush = () => {
      frame = 0
      const cn = changedNodes
      const ce = changedEdges
      changedNodes = new Set()
      changedEdges = new Set()
      const readNode = (id: string) => {
        const m = maps.nodes.get(id)
        return m ? nodeSnapshot(id, m) : undefined
      }
      const label = (id: string) => {
        const m = maps.nodes.get(id)
        if (!m) return undefined
        const l = m.get('label')
        return l instanceof Y.Text ? l.toString() : typeof l === 'string' ? l : ''
      }
      const readEdge = (id: string) => {
        const m = maps.edges.get(id)
        return m ? edgeSnapshot(id, m) : undefined
      }
      const select = takePendingSelection(
        (id) => maps.nodes.has(id),
        (id) => maps.edges.has(id),
      )
      setNodes((prev) => {
        const next = mergeNodes(prev, cn, readNode, nodeTypes)
        if (!select) return next
        const on = select.nodes
        return next.map((n) => (!!n.selected === on.has(n.id) ? n : { ...n, selected: on.has(n.id) }))
      })
      setEdges((prev) => {
        const next = mergeEdges(prev, ce, cn, () => maps.edges.keys(), readEdge, label)
        if (!select) return next
        const on = select.edges
        return next.map((e) => (!!e.selected === on.has(e.id) ? e : { ...e, selected: on.has(e.id) }))
      })
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(flush)
    }
    const collect = (into: () => Set<string>) => (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const set = into()
      for (const ev of events) {
        if (ev.path.length === 0) for (const k of (ev as Y.YMapEvent<unknown>).keysChanged) set.add(k)
        else set.add(String(ev.path[0]))
      }
      schedule()
    }
    const onNodes = collect(() => changedNodes)
    const onEdges = collect(() => changedEdges)
    maps.nodes.observeDeep(onNodes)
    maps.edges.observeDeep(onEdges)
    flush()
    return () => {
      maps.nodes.unobserveDeep(onNodes)
      maps.edges.unobserveDeep(onEdges)
      if (frame) cancelAnimationFrame(frame)
      setNodes([])
      setEdges([])
    }
  }, [doc, nodeTypes])

  const onNodesChange = useCallback(
    (changes: NodeChange<BoardNode>[]) => setNodes((ns) => applyNodeChanges(changes, ns)),
    [],
  )
  const onEdgesChange = useCallback(
    (changes: EdgeChange<BoardEdge>[]) => setEdges((es) => applyEdgeChanges(changes, es)),
    [],
  )
  return { nodes, edges, setNodes, onNodesChange, onEdgesChange }
}
