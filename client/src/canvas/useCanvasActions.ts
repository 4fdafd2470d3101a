import { useCallback, useMemo, useRef } from 'react'
import { useReactFlow, useStoreApi } from '@xyflow/react'
import {
  addNode,
  addVariable,
  boardMaps,
  cyclePolarity,
  insertContent,
  removeLinks,
  removeNodes,
  setNodeFields,
  setPolarity,
  toggleDelay,
  togglePipe,
  toSnapshot,
} from '@causeway/model'
import type { BoardContent, Polarity } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import type { BoardEdge, BoardNode } from './deriveFlow'
import { setEditing } from './editingStore'
import { selectNodes, selectWhenAdded } from './selectNodes'
import { NOTE_COLORS } from './NoteNode'
import { moveIntoContainers } from '../kinds'

// Copied content lives for the page session, so paste works across boards opened in this tab.
let clipboard: BoardContent | null = null

const NEW_VARIABLE = { width: 120, height: 40 }

/** The canvas gestures as model commands, each one transaction with this user's origin. */
export function useCanvasActions() {
  const { doc, origin, undoManager, readOnly } = useBoard()
  const flow = useReactFlow<BoardNode, BoardEdge>()
  const store = useStoreApi()
  const pasteCount = useRef(0)

  const selection = useCallback(() => {
    const nodes = flow.getNodes().filter((n) => n.selected).map((n) => n.id)
    const edges = flow.getEdges().filter((e) => e.selected).map((e) => e.id)
    return { nodes, edges }
  }, [flow])

  return useMemo(() => {
    const causalSelection = () => flow.getEdges().filter((e) => e.selected && !e.data?.pipe).map((e) => e.id)
    const viewportCenter = () => {
      const el = document.querySelector('.react-flow')
      const r = el?.getBoundingClientRect()
      return flow.screenToFlowPosition(r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : { x: 400, y: 300 })
    }
    const guard = <A extends unknown[]>(fn: (...a: A) => void) => (...a: A) => {
      if (!readOnly) fn(...a)
    }
    return {
      viewportCenter,
      addVariableAt: guard((p: { x: number; y: number }) => {
        undoManager.stopCapturing()
        const id = addVariable(doc, { x: p.x - NEW_VARIABLE.width / 2, y: p.y - NEW_VARIABLE.height / 2 }, origin)
        setEditing(id)
      }),
      addNoteAt: guard((p: { x: number; y: number }, color: string = NOTE_COLORS[0]) => {
        undoManager.stopCapturing()
        const id = addNode(doc, { kind: 'note', x: p.x - 80, y: p.y - 50, fields: { color } }, origin)
        setEditing(id)
      }),
      deleteSelection: guard(() => {
        const { nodes, edges } = selection()
        if (!nodes.length && !edges.length) return
        undoManager.stopCapturing()
        doc.transact(() => {
          removeLinks(doc, edges, origin)
          removeNodes(doc, nodes, origin)
        }, origin)
      }),
      copy: () => {
        const { nodes } = selection()
        if (!nodes.length) return
        const snap = toSnapshot(doc)
        const ids = new Set(nodes)
        clipboard = {
          nodes: nodes.map((id) => snap.nodes[id]).filter((n) => n !== undefined),
          edges: Object.values(snap.edges).filter((e) => ids.has(e.source) && ids.has(e.target)),
        }
        pasteCount.current = 0
      },
      paste: guard(() => {
        if (!clipboard) return
        pasteCount.current++
        const d = 30 * pasteCount.current
        undoManager.stopCapturing()
        const idMap = insertContent(doc, clipboard, { offset: { x: d, y: d } }, origin)
        selectWhenAdded(idMap.values())
      }),
      duplicate: guard(() => {
        const { nodes } = selection()
        if (!nodes.length) return
        const snap = toSnapshot(doc)
        const ids = new Set(nodes)
        undoManager.stopCapturing()
        const idMap = insertContent(
          doc,
          {
            nodes: nodes.map((id) => snap.nodes[id]).filter((n) => n !== undefined),
            edges: Object.values(snap.edges).filter((e) => ids.has(e.source) && ids.has(e.target)),
          },
          { offset: { x: 30, y: 30 } },
          origin,
        )
        selectWhenAdded(idMap.values())
      }),
      nudge: guard((dx: number, dy: number) => {
        const moved = flow.getNodes().filter((n) => n.selected)
        if (!moved.length) return
        // Positions from the doc, not React Flow: the previous nudge may not be in React state yet.
        const { nodes } = boardMaps(doc)
        const docCoord = (id: string, k: 'x' | 'y', fallback: number) => {
          const v = nodes.get(id)?.get(k)
          return typeof v === 'number' ? v : fallback
        }
        // Through moveIntoContainers so keyboard moves change iceberg levels / ladder rungs as drags do.
        moveIntoContainers(
          doc,
          moved.map((n) => ({
            id: n.id,
            x: docCoord(n.id, 'x', n.position.x) + dx,
            y: docCoord(n.id, 'y', n.position.y) + dy,
            width: n.measured?.width,
            height: n.measured?.height,
          })),
          origin,
        )
      }),
      // Pipes show no polarity or delay, so these leave selected pipes alone.
      setPolarity: guard((p: Polarity) => {
        for (const id of causalSelection()) setPolarity(doc, id, p, origin)
      }),
      cyclePolarity: guard(() => {
        for (const id of causalSelection()) cyclePolarity(doc, id, origin)
      }),
      toggleDelay: guard(() => {
        for (const id of causalSelection()) toggleDelay(doc, id, origin)
      }),
      togglePipe: guard(() => {
        const { edges } = selection()
        if (!edges.length) return
        undoManager.stopCapturing()
        togglePipe(doc, edges, origin)
      }),
      recolorSelectedNotes: guard((color: string) => {
        const notes = flow.getNodes().filter((n) => n.selected && n.data.kind === 'note')
        if (!notes.length) return
        doc.transact(() => {
          for (const n of notes) setNodeFields(doc, n.id, { color }, origin)
        }, origin)
      }),
      editSelected: guard(() => {
        const { nodes } = selection()
        if (nodes.length === 1) {
          undoManager.stopCapturing()
          setEditing(nodes[0]!)
        }
      }),
      selection,
      selectOnly,
      selectEdge: (id: string) => {
        const state = store.getState()
        state.unselectNodesAndEdges()
        state.addSelectedEdges([id])
      },
    }

    // New content arrives in the next frame; select it then, so the next gesture acts on it.
    function selectOnly(ids: Set<string>) {
      selectNodes(store, [...ids])
    }
  }, [doc, origin, undoManager, readOnly, flow, store, selection])
}

export type CanvasActions = ReturnType<typeof useCanvasActions>
