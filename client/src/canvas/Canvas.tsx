import { useCallback, useEffect, useRef, useState } from 'react'
import { Background, ConnectionMode, Controls, MiniMap, ReactFlow, SelectionMode, useReactFlow } from '@xyflow/react'
import type { Connection, FinalConnectionState, NodeMouseHandler, OnNodeDrag } from '@xyflow/react'
import { addLink, isPipeByDefault } from '@causeway/model'
import { moveIntoContainers } from '../kinds'
import { useBoard } from '../board/BoardContext'
import { LoopBadges } from '../loops/LoopBadges'
import { RemoteCursors } from '../presence/RemoteCursors'
import { t } from '../i18n'
import { edgeTypes } from './CausalEdge'
import type { BoardEdge, BoardNode } from './deriveFlow'
import { setEditing } from './editingStore'
import { EmptyBoardHint } from './EmptyBoardHint'
import { KeyboardLink } from './KeyboardLink'
import { nodeTypes, renderedKinds } from './nodeTypes'
import type { CanvasActions } from './useCanvasActions'
import { useFlowData } from './useFlowData'

export interface CanvasProps {
  actions: CanvasActions
  snapToGrid: boolean
  /** Where the pointer is, in flow coordinates (for the N/S keys), and who sees it (presence). */
  onPointer: (p: { x: number; y: number } | null) => void
}

// Module constants, not literals in JSX: React Flow copies every changed prop into its store,
// and a fresh [20, 20] on each drag tick meant a second store update (every subscriber re-ran).
const SELECT_KEYS = ['Shift', 'Meta', 'Control']
const SNAP_GRID: [number, number] = [20, 20]
const PRO_OPTIONS = { hideAttribution: true }

export function Canvas({ actions, snapToGrid, onPointer }: CanvasProps) {
  const { doc, origin, readOnly, undoManager } = useBoard()
  const flow = useReactFlow<BoardNode, BoardEdge>()
  const { nodes, edges, onNodesChange, onEdgesChange } = useFlowData(doc, renderedKinds)
  const [hint, setHint] = useState<string | null>(null)
  const fitted = useRef(false)

  useEffect(() => {
    if (fitted.current || nodes.length === 0) return
    fitted.current = true
    requestAnimationFrame(() => void flow.fitView({ padding: 0.2, maxZoom: 1 }))
  }, [nodes.length, flow])

  useEffect(() => {
    if (!hint) return
    const timer = setTimeout(() => setHint(null), 3000)
    return () => clearTimeout(timer)
  }, [hint])

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source === c.target) return setHint(t('hint.selfLink'))
      undoManager.stopCapturing()
      // Between stocks, flows and clouds a link starts as a pipe (F turns it into a causal link).
      const pipe = isPipeByDefault(doc, c.source, c.target)
      addLink(doc, { source: c.source, target: c.target, ...(pipe && { polarity: '+', fields: { flow: true } }) }, origin)
    },
    [doc, origin, undoManager],
  )
  const onConnectEnd = useCallback((_e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.fromNode && state.toNode && state.fromNode.id === state.toNode.id) setHint(t('hint.selfLink'))
  }, [])

  // During a drag positions live in React Flow; the doc gets them once, at the end (one undo step).
  const onNodeDragStop: OnNodeDrag<BoardNode> = useCallback(
    (_e, _node, dragged) => {
      undoManager.stopCapturing()
      // moveIntoContainers = moveNodes + parent/level/rung from where each node lands (kinds module).
      moveIntoContainers(
        doc,
        dragged.map((n) => ({ id: n.id, x: n.position.x, y: n.position.y, width: n.measured?.width, height: n.measured?.height })),
        origin,
      )
    },
    [doc, origin, undoManager],
  )

  const onNodeDoubleClick: NodeMouseHandler<BoardNode> = useCallback(
    (_e, node) => {
      if (readOnly) return
      undoManager.stopCapturing()
      setEditing(node.id)
    },
    [readOnly, undoManager],
  )

  const onDoubleClick = (e: React.MouseEvent) => {
    if (!(e.target instanceof Element) || !e.target.classList.contains('react-flow__pane')) return
    actions.addVariableAt(flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }))
  }

  return (
    <div
      className="canvas"
      onPointerMove={(e) => onPointer(flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }))}
      onPointerLeave={() => onPointer(null)}
    >
      <ReactFlow<BoardNode, BoardEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        onNodeDragStop={onNodeDragStop}
        onNodeDoubleClick={onNodeDoubleClick}
        onDoubleClick={onDoubleClick}
        connectionMode={ConnectionMode.Loose}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        disableKeyboardA11y
        zoomOnDoubleClick={false}
        multiSelectionKeyCode={SELECT_KEYS}
        selectionKeyCode="Shift"
        selectionMode={SelectionMode.Partial}
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        minZoom={0.1}
        maxZoom={3}
        proOptions={PRO_OPTIONS}
        aria-label={t('canvas.label')}
      >
        <Background gap={20} />
        <MiniMap pannable zoomable ariaLabel={t('canvas.minimap')} />
        <Controls showInteractive={false} />
        <LoopBadges />
        <RemoteCursors />
        <KeyboardLink onHint={setHint} />
      </ReactFlow>
      <EmptyBoardHint empty={nodes.length === 0} />
      {hint && (
        <div className="canvas-hint" role="status">
          {hint}
        </div>
      )}
    </div>
  )
}
