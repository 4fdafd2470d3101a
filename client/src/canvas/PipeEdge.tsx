import { memo } from 'react'
import { BaseEdge, EdgeLabelRenderer } from '@xyflow/react'
import type { EdgeProps, InternalNode } from '@xyflow/react'
import { togglePipe } from '@causeway/model'
import { pipeGeometry, pipePort } from '@causeway/interop'
import type { Box } from '@causeway/interop'
import { useBoard } from '../board/BoardContext'
import { useIsEdgeHighlighted } from '../loops/highlight'
import { t } from '../i18n'
import type { BoardEdge } from './deriveFlow'
import { rectOf, useEnds } from './edgeEnds'

/** The node's box, narrowed to its valve or cloud (pipes run through those, not the label). */
function portOf(n: InternalNode): Box {
  const r = rectOf(n)
  return pipePort(n.type ?? '', { x: r.x, y: r.y, w: r.width, h: r.height })
}

/** Pipe ↔ causal link, for the selected link's toolbar (the F key does the same). */
export function PipeToggle({ id, pipe }: { id: string; pipe: boolean }) {
  const { doc, origin, undoManager } = useBoard()
  return (
    <button
      type="button"
      aria-pressed={pipe}
      aria-keyshortcuts="F"
      title={t('edge.pipeToggle')}
      data-testid="pipe-toggle"
      onClick={() => {
        undoManager.stopCapturing()
        togglePipe(doc, [id], origin)
      }}
    >
      {t('toolbar.pipe')}
    </button>
  )
}

/**
 * A stock-and-flow pipe (`flow: true`): material moving, drawn as a wide hollow pipe with a
 * hollow head, straight, with no polarity or delay mark (the same shape as the SVG export's).
 */
function PipeEdgeView({ id, source, target, data, selected }: EdgeProps<BoardEdge>) {
  const { readOnly } = useBoard()
  const highlighted = useIsEdgeHighlighted(id)
  const [s, tn] = useEnds(source, target)
  if (!s || !tn || !data) return null
  const g = pipeGeometry(portOf(s), portOf(tn))
  const cls = `pipe-edge${selected ? ' is-selected' : ''}${highlighted ? ' is-highlighted' : ''}`
  return (
    <>
      <g className={cls} data-testid="pipe">
        <BaseEdge id={id} path={g.path} className="pipe-edge-wall" interactionWidth={20} />
        <path d={g.path} className="pipe-edge-hollow" />
        <polygon points={g.head} className="pipe-edge-head" />
      </g>
      {data.label && (
        <text className="edge-label" textAnchor="middle" x={g.mid.x} y={g.mid.y - 12}>
          {data.label}
        </text>
      )}
      {selected && !readOnly && (
        <EdgeLabelRenderer>
          <div
            className="edge-toolbar nodrag nopan"
            style={{ transform: `translate(-50%, -150%) translate(${g.mid.x}px, ${g.mid.y}px)` }}
          >
            <PipeToggle id={id} pipe />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
}

export const PipeEdge = memo(PipeEdgeView)
