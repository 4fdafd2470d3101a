import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import { useBoard } from '../board/BoardContext'
import { useNodeMark } from '../presence/peersStore'
import type { BoardNode } from './deriveFlow'
import { useIsEditing } from './editingStore'
import { LabelEditor } from './LabelEditor'
import { NodeHandles } from './NodeHandles'
import { peerOutline } from './nodeStyle'

/** Kinds without a dedicated component (yet, or from a newer version): a labelled box, kept as is. */
function GenericNodeView({ id, data, selected }: NodeProps<BoardNode>) {
  const { readOnly } = useBoard()
  const editing = useIsEditing(id)
  const mark = useNodeMark(id)
  return (
    <div className={`node-generic${selected ? ' is-selected' : ''}`} style={peerOutline(mark)} data-testid="node" data-label={data.label}>
      <span className="node-kind">{data.kind}</span>
      {editing && !readOnly ? <LabelEditor nodeId={id} /> : <span className="node-label">{data.label}</span>}
      <NodeHandles hidden={readOnly} />
    </div>
  )
}

export const GenericNode = memo(GenericNodeView)
