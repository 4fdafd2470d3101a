import { memo, useMemo } from 'react'
import { useStore } from '@xyflow/react'
import type { ReactFlowState } from '@xyflow/react'
import type { LoopType } from '@causeway/analysis'
import { ViewportLayer } from '../canvas/ViewportLayer'
import { loopAnchors } from './anchor'
import type { Point, Rect } from './anchor'
import { useLoops } from './useLoops'
import { tl } from './messages'
import './loops.css'

const selectNodes = (s: ReactFlowState) => s.nodes
const selectLookup = (s: ReactFlowState) => s.nodeLookup

/**
 * R1/B2 badges drawn inside each loop on the canvas. Must be a child of <ReactFlow>. Positions
 * come from React Flow's store, so badges follow nodes while they are dragged.
 */
export function LoopBadges() {
  const { loops } = useLoops()
  // `nodes` changes identity on every node change; the lookup map is updated in place.
  const nodes = useStore(selectNodes)
  const lookup = useStore(selectLookup)
  const anchors = useMemo(() => {
    const centres = new Map<string, Point>()
    const boxes: Rect[] = []
    for (const n of nodes) {
      const internal = lookup.get(n.id)
      const pos = internal?.internals.positionAbsolute ?? n.position
      const w = internal?.measured.width ?? n.measured?.width ?? 0
      const h = internal?.measured.height ?? n.measured?.height ?? 0
      centres.set(n.id, { x: pos.x + w / 2, y: pos.y + h / 2 })
      boxes.push({ x: pos.x, y: pos.y, w, h })
    }
    return loopAnchors(loops, centres, boxes)
  }, [loops, nodes, lookup])
  return (
    <ViewportLayer>
      {loops.map((loop, i) => {
        const at = anchors[i]
        return at ? <LoopBadge key={loop.edges.join(',')} label={loop.label} type={loop.type} x={at.x} y={at.y} /> : null
      })}
    </ViewportLayer>
  )
}

/** One badge; plain props, so while a node is dragged only the badges that move re-render. */
const LoopBadge = memo(function LoopBadge({ label, type, x, y }: { label: string; type: LoopType; x: number; y: number }) {
  const typeName = tl(`loops.type.${type}`)
  return (
    <div
      className={`loop-canvas-badge loop-canvas-badge--${type}`}
      style={{ left: x, top: y }}
      data-testid="loop-badge"
      role="img"
      aria-label={tl('loops.badge', { label, type: typeName })}
      title={`${label} ${typeName}`}
    >
      <span className="loop-canvas-badge__arrow" aria-hidden="true">
        ↻
      </span>
      {label}
    </div>
  )
})
