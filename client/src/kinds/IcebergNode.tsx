import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import { setNodeFields } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import { icebergBands } from './bands'
import { containerSize } from './containment'
import { ContainerResizer } from './ContainerResizer'
import { EditableLabel } from './EditableLabel'
import { useChildCounts } from './useChildCounts'
import { str, useNodeFields } from './useNodeFields'

/** Four stacked levels; notes dropped on a band get its level (see containment.ts). */
export const IcebergNode = memo(function IcebergNode({ id, selected }: NodeProps) {
  const { doc, origin, readOnly } = useBoard()
  const node = useNodeFields(id)
  const counts = useChildCounts(id, 'level')
  if (!node) return null
  const { w, h } = containerSize(node)
  const aspirational = node.variant === 'aspirational'
  const label = str(node.label)
  return (
    <div
      className={`kind-container kind-iceberg${aspirational ? ' is-aspirational' : ''}`}
      style={{ width: w, height: h }}
      role="group"
      aria-label={t(aspirational ? 'kinds.iceberg.aspirational' : 'kinds.iceberg', { label })}
      data-testid={`iceberg-${id}`}
    >
      <ContainerResizer nodeId={id} selected={selected} minWidth={280} minHeight={300} />
      <svg className="kind-iceberg-shape" width={w} height={h} aria-hidden="true">
        {/* The waterline sits under the events band: only events are visible above water. */}
        <polygon
          points={`${w * 0.42},40 ${w * 0.58},40 ${w * 0.7},${h * 0.3} ${w * 0.96},${h - 6} ${w * 0.04},${h - 6} ${w * 0.3},${h * 0.3}`}
        />
      </svg>
      <EditableLabel nodeId={id} value={label} className="kind-container-title" />
      {!readOnly && (
        <button
          type="button"
          className="kind-iceberg-variant nodrag"
          aria-pressed={aspirational}
          onClick={() => setNodeFields(doc, id, { variant: aspirational ? 'standard' : 'aspirational' }, origin)}
        >
          {t('kinds.iceberg.aspirationalToggle')}
        </button>
      )}
      {icebergBands(h).map((b) => {
        const name = t(`kinds.iceberg.${b.id}`)
        const question = t(aspirational ? `kinds.iceberg.aspirational.${b.id}.q` : `kinds.iceberg.${b.id}.q`)
        return (
          <section
            key={b.id}
            className={`kind-band kind-band-${b.id}`}
            style={{ top: b.top, height: b.height }}
            aria-label={t('kinds.band', { band: name, question, n: counts[b.id] ?? 0 })}
            data-level={b.id}
            data-count={counts[b.id] ?? 0}
          >
            <strong>{name}</strong> <span className="kind-band-question">{question}</span>
          </section>
        )
      })}
    </div>
  )
})
