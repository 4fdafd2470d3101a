import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import { useBoard } from '../board/BoardContext'
import { useIsNodeHighlighted } from '../loops/highlight'
import { useNodeMark } from '../presence/peersStore'
import { t } from '../i18n'
import type { BoardNode } from './deriveFlow'
import { useIsEditing } from './editingStore'
import { LabelEditor } from './LabelEditor'
import { NodeHandles } from './NodeHandles'
import { peerOutline } from './nodeStyle'

function VariableNodeView({ id, data, selected }: NodeProps<BoardNode>) {
  const { readOnly } = useBoard()
  const editing = useIsEditing(id)
  const highlighted = useIsNodeHighlighted(id)
  const mark = useNodeMark(id)
  const label = data.label
  return (
    <div
      className={`node-variable${selected ? ' is-selected' : ''}${highlighted ? ' is-highlighted' : ''}`}
      style={peerOutline(mark)}
      data-testid="variable"
      data-label={label}
      title={mark ? mark.name : undefined}
    >
      {editing && !readOnly ? (
        <LabelEditor nodeId={id} />
      ) : (
        <span className={label ? 'node-label' : 'node-label is-empty'}>{label || t('node.empty')}</span>
      )}
      <NodeHandles hidden={readOnly} />
    </div>
  )
}

export const VariableNode = memo(VariableNodeView)
