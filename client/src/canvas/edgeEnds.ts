import { useCallback } from 'react'
import { useStore } from '@xyflow/react'
import type { InternalNode, ReactFlowState } from '@xyflow/react'
import type { Rect } from './edgeGeometry'

export function rectOf(n: InternalNode): Rect {
  return {
    x: n.internals.positionAbsolute.x,
    y: n.internals.positionAbsolute.y,
    width: n.measured.width ?? 0,
    height: n.measured.height ?? 0,
  }
}

export type Ends = readonly [InternalNode | undefined, InternalNode | undefined]
const sameEnds = (a: Ends, b: Ends) => a[0] === b[0] && a[1] === b[1]

/**
 * Both end nodes in one store subscription (React Flow runs every subscriber's selector on each
 * store update, so with 1,000 links one fewer per edge matters while dragging). React Flow keeps
 * an unmoved node's internal object, so this re-renders only the links of nodes that moved.
 */
export function useEnds(source: string, target: string): Ends {
  const select = useCallback((st: ReactFlowState): Ends => [st.nodeLookup.get(source), st.nodeLookup.get(target)], [source, target])
  return useStore(select, sameEnds)
}
