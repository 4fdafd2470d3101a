import { memo } from 'react'
import { BaseEdge, EdgeLabelRenderer, useInternalNode } from '@xyflow/react'
import type { EdgeProps, InternalNode } from '@xyflow/react'
import { cyclePolarity, toggleDelay } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { useIsEdgeHighlighted } from '../loops/highlight'
import { t } from '../i18n'
import type { BoardEdge } from './deriveFlow'
import { edgeGeometry } from './edgeGeometry'
import type { Rect } from './edgeGeometry'

const POLARITY_TEXT = { '+': '+', '-': '−', '?': '?' } as const
const POLARITY_CLASS = { '+': 'plus', '-': 'minus', '?': 'unknown' } as const

function rectOf(n: InternalNode): Rect {
  return {
    x: n.internals.positionAbsolute.x,
    y: n.internals.positionAbsolute.y,
    width: n.measured.width ?? 0,
    height: n.measured.height ?? 0,
  }
}

/** A causal link: curved arrow, polarity button near the head, optional delay mark mid-way. */
function CausalEdgeView({ id, source, target, data, selected, markerEnd }: EdgeProps<BoardEdge>) {
  const { doc, origin, readOnly } = useBoard()
  const highlighted = useIsEdgeHighlighted(id)
  const s = useInternalNode(source)
  const tn = useInternalNode(target)
  if (!s || !tn || !data) return null
  const g = edgeGeometry(rectOf(s), rectOf(tn))
  const names = { source: data.sourceLabel || t('node.empty'), target: data.targetLabel || t('node.empty') }
  const polarityName = POLARITY_TEXT[data.polarity]
  const cls = `causal-edge${selected ? ' is-selected' : ''}${highlighted ? ' is-highlighted' : ''}`
  const cycle = () => {
    if (!readOnly) cyclePolarity(doc, id, origin)
  }
  // Marks are plain SVG, not EdgeLabelRenderer portals: a portal per edge costs a DOM query per
  // edge on every store update, which made dragging on a 1000-link board stutter.
  return (
    <>
      <BaseEdge id={id} path={g.path} markerEnd={markerEnd} className={cls} interactionWidth={16} />
      <g
        role="button"
        tabIndex={readOnly ? -1 : 0}
        aria-disabled={readOnly || undefined}
        aria-label={t('edge.polarity', { ...names, polarity: polarityName })}
        data-testid="polarity"
        className={`polarity-mark nodrag nopan polarity-${POLARITY_CLASS[data.polarity]}`}
        transform={`translate(${g.polarity.x} ${g.polarity.y})`}
        onClick={(e) => {
          e.stopPropagation()
          cycle()
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault()
            e.stopPropagation()
            cycle()
          }
        }}
      >
        <circle r={11} />
        <text textAnchor="middle" dominantBaseline="central">
          {polarityName}
        </text>
      </g>
      {data.delay && (
        <text
          className="delay-mark"
          role="img"
          aria-label={t('edge.delay')}
          textAnchor="middle"
          dominantBaseline="central"
          transform={`translate(${g.mid.x} ${g.mid.y}) rotate(${g.midAngle})`}
        >
          ||
        </text>
      )}
      {data.label && (
        <text className="edge-label" textAnchor="middle" transform={`translate(${g.mid.x} ${g.mid.y - 12})`}>
          {data.label}
        </text>
      )}
      {selected && !readOnly && (
        <EdgeLabelRenderer>
          <div
            className="edge-toolbar nodrag nopan"
            style={{ transform: `translate(-50%, -150%) translate(${g.mid.x}px, ${g.mid.y}px)` }}
          >
            <button type="button" aria-pressed={data.delay} onClick={() => toggleDelay(doc, id, origin)}>
              {t('toolbar.delay')}
            </button>
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
}

export const CausalEdge = memo(CausalEdgeView)
export const edgeTypes = { causal: CausalEdge }
