import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import { turnCircleIntoCld } from './circleConvert'
import { containerSize } from './containment'
import { ContainerResizer } from './ContainerResizer'
import { EditableLabel } from './EditableLabel'
import { str, useNodeFields } from './useNodeFields'

/** The circle the elements sit around; the arrows across it are ordinary links. */
export const CircleNode = memo(function CircleNode({ id, selected }: NodeProps) {
  const { doc, origin, readOnly } = useBoard()
  const node = useNodeFields(id)
  if (!node) return null
  const { w, h } = containerSize(node)
  // The same ring the templates place elements on (circlePositions).
  const r = Math.max(10, Math.min(w, h) / 2 - 1)
  const label = str(node.label)
  return (
    <div
      className="kind-container kind-circle"
      style={{ width: w, height: h }}
      role="group"
      aria-label={t('kinds.circle', { label })}
      data-testid={`circle-${id}`}
    >
      <ContainerResizer nodeId={id} selected={selected} minWidth={240} minHeight={240} />
      <svg width={w} height={h} aria-hidden="true" className="kind-circle-ring">
        <circle cx={w / 2} cy={h / 2} r={r} />
      </svg>
      <div className="kind-circle-centre">
        <EditableLabel nodeId={id} value={label} className="kind-container-title" />
        {!readOnly && (
          <button
            type="button"
            className="nodrag"
            data-testid="circle-to-cld"
            onClick={() => turnCircleIntoCld(doc, id, origin)}
          >
            {t('kinds.circle.toCld')}
          </button>
        )}
      </div>
    </div>
  )
})
