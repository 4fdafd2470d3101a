import { Handle, Position } from '@xyflow/react'

/** Handles on every side; with connectionMode "loose" any of them starts or ends a link. */
export function NodeHandles({ hidden }: { hidden?: boolean }) {
  const cls = hidden ? 'handle handle-hidden' : 'handle'
  return (
    <>
      <Handle type="source" position={Position.Top} id="t" className={cls} isConnectable={!hidden} />
      <Handle type="source" position={Position.Right} id="r" className={cls} isConnectable={!hidden} />
      <Handle type="source" position={Position.Bottom} id="b" className={cls} isConnectable={!hidden} />
      <Handle type="source" position={Position.Left} id="l" className={cls} isConnectable={!hidden} />
    </>
  )
}
