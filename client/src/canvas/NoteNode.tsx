import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import { useBoard } from '../board/BoardContext'
import { useNodeMark } from '../presence/peersStore'
import { t } from '../i18n'
import type { BoardNode } from './deriveFlow'
import { useIsEditing } from './editingStore'
import { LabelEditor } from './LabelEditor'
import { peerOutline } from './nodeStyle'

export const NOTE_COLORS = ['#fff4a3', '#ffd6e0', '#cdeffd', '#d4f5d0', '#ecdcff'] as const

function NoteNodeView({ id, data, selected }: NodeProps<BoardNode>) {
  const { readOnly } = useBoard()
  const editing = useIsEditing(id)
  const mark = useNodeMark(id)
  const color = typeof data.color === 'string' ? data.color : NOTE_COLORS[0]
  return (
    <div
      className={`node-note${selected ? ' is-selected' : ''}`}
      style={{ background: color, ...peerOutline(mark) }}
      data-testid="note"
      data-label={data.label}
    >
      {editing && !readOnly ? (
        <LabelEditor nodeId={id} />
      ) : (
        <span className={data.label ? 'node-label' : 'node-label is-empty'}>{data.label || t('node.empty')}</span>
      )}
    </div>
  )
}

export const NoteNode = memo(NoteNodeView)
