import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import { t } from '../i18n'
import { ladderBands } from './bands'
import { containerSize } from './containment'
import { ContainerResizer } from './ContainerResizer'
import { EditableLabel } from './EditableLabel'
import { useChildCounts } from './useChildCounts'
import { str, useNodeFields } from './useNodeFields'

const ARROW_GUTTER = 44

/** Seven rungs, data at the bottom; the reflexive loop runs from beliefs back down to selected data. */
export const LadderNode = memo(function LadderNode({ id, selected }: NodeProps) {
  const node = useNodeFields(id)
  const counts = useChildCounts(id, 'rung')
  if (!node) return null
  const { w, h } = containerSize(node)
  const bands = ladderBands(h)
  const label = str(node.label)
  const mid = (rung: string) => {
    const b = bands.find((x) => x.id === rung)
    return b ? b.top + b.height / 2 : 0
  }
  const from = mid('beliefs')
  const to = mid('selected')
  return (
    <div
      className="kind-container kind-ladder"
      style={{ width: w, height: h }}
      role="group"
      aria-label={t('kinds.ladder', { label })}
      data-testid={`ladder-${id}`}
    >
      <ContainerResizer nodeId={id} selected={selected} minWidth={300} minHeight={350} />
      <EditableLabel nodeId={id} value={label} className="kind-container-title" />
      {bands.map((b) => (
        <section
          key={b.id}
          className={`kind-band kind-rung kind-rung-${b.id}`}
          style={{ top: b.top, height: b.height, right: ARROW_GUTTER }}
          aria-label={t('kinds.band', { band: t(`kinds.ladder.${b.id}`), question: t(`kinds.ladder.${b.id}.q`), n: counts[b.id] ?? 0 })}
          data-rung={b.id}
          data-count={counts[b.id] ?? 0}
        >
          <strong>{t(`kinds.ladder.${b.id}`)}</strong>{' '}
          <span className="kind-band-question">{t(`kinds.ladder.${b.id}.q`)}</span>
        </section>
      ))}
      {node.reflexive !== false && (
        <svg className="kind-ladder-loop" width={ARROW_GUTTER} height={h} style={{ right: 0 }} role="img">
          <title>{t('kinds.ladder.reflexive')}</title>
          <defs>
            <marker id={`ladder-arrow-${id}`} markerWidth="8" markerHeight="8" refX="6" refY="4" orient="auto">
              <path d="M0,0 L8,4 L0,8 z" />
            </marker>
          </defs>
          <path
            d={`M2,${from} C${ARROW_GUTTER - 4},${from} ${ARROW_GUTTER - 4},${to} 4,${to}`}
            markerEnd={`url(#ladder-arrow-${id})`}
          />
        </svg>
      )}
    </div>
  )
})
