import { memo } from 'react'
import { NodeHandles } from '../canvas/NodeHandles'

/** Link ends for the small kinds (stock, flow, cloud, prompt), the same as the canvas's variables. */
export const KindHandles = memo(function KindHandles() {
  return <NodeHandles />
})
