import { memo } from 'react'
import { Handle, Position } from '@xyflow/react'

/** Link ends for the small kinds (stock, flow, cloud, prompt): in on the left, out on the right. */
export const KindHandles = memo(function KindHandles() {
  return (
    <>
      <Handle type="target" position={Position.Left} className="kind-handle" />
      <Handle type="source" position={Position.Right} className="kind-handle" />
    </>
  )
})
