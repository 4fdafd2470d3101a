import { memo } from 'react'
import { BaseEdge, EdgeLabelRenderer } from '@xyflow/react'
import type { EdgeProps } from '@xyflow/react'
import { cyclePolarity, toggleDelay } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { useIsEdgeHighlighted } from '../loops/highlight'
import { t } from '../i18n'
import type { BoardEdge } from './deriveFlow'
import { edgeGeometry } from './edgeGeometry'
import { rectOf, useEnds } from './edgeEnds'
import { PipeEdge, PipeToggle } from './PipeEdge'

const POLARITY_TEXT = { '+': '+', '-': '−', '?': '?' } as const
const POLARITY_CLASS = { '+': 'plus', '-': 'minus', '?': 'unknown' } as const

/** A causal link: curved arrow, polarity button near the head, optional delay mark mid-way. */
function CausalEdgeView({ id, source, target, data, selected, markerEnd }: EdgeProps<BoardEdge>) {
  const { doc, origin, readOnly } = useBoard()
  const highlighted = useIsEdgeHighlighted(id)
  const [s, tn] = useEnds(source, target)
  if (!s || !tn || !data) return null
  const g = edgeGeometry(rectOf(s), rectOf(tn))
  const names = { source: data.sourceLabel || t('node.empty'), target: data.targetLabel || t('node.empty') }
  const polarityName = POLARITY_TEXT[data.polarity]
  const cls = `causal-edge${selected ? ' is-selected' : ''}${highlighted ? ' is-highlighted' : ''}`
  const cycle = () => {
    if (!readOnly) cyclePolarity(doc, id, origin)
  }
  // Marks are plain SVG, not EdgeLabelRenderer portals: a portal per edge costs a DOM query per
  // edge on every store update, which made dragging on a 1000-link board stutter. They are
  // placed with x/y attributes, not transforms: a transform per edge is a paint property node
  // per edge, and Chromium re-layerises all of them on every frame.
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
        <circle cx={g.polarity.x} cy={g.polarity.y} r={11} />
        <text x={g.polarity.x} y={g.polarity.y} textAnchor="middle" dominantBaseline="central">
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
            <button type="button" aria-pressed={data.delay} onClick={() => toggleDelay(doc, id, origin)}>
              {t('toolbar.delay')}
            </button>
            <PipeToggle id={id} pipe={false} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
}

export const CausalEdge = memo(CausalEdgeView)
export const edgeTypes = { causal: CausalEdge, pipe: PipeEdge }
