import { memo } from 'react'
import { NodeResizer } from '@xyflow/react'
import { moveNodes, setNodeFields } from '@causeway/model'
import { useBoard } from '../board/BoardContext'

/** Resize handles for a container; the new size (and corner) is written once, on release. */
export const ContainerResizer = memo(function ContainerResizer({
  nodeId,
  selected,
  minWidth = 200,
  minHeight = 160,
}: {
  nodeId: string
  selected: boolean
  minWidth?: number
  minHeight?: number
}) {
  const { doc, origin, readOnly } = useBoard()
  if (readOnly) return null
  return (
    <NodeResizer
      isVisible={selected}
      minWidth={minWidth}
      minHeight={minHeight}
      onResizeEnd={(_e, p) => {
        doc.transact(() => {
          moveNodes(doc, [{ id: nodeId, x: p.x, y: p.y }], origin)
          setNodeFields(doc, nodeId, { w: Math.round(p.width), h: Math.round(p.height) }, origin)
        }, origin)
      }}
    />
  )
})
