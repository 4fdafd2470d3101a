import { useMemo } from 'react'
import type { ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useStore } from '@xyflow/react'
import type { ReactFlowState } from '@xyflow/react'

const selectDomNode = (s: ReactFlowState) => s.domNode

/**
 * Like React Flow's <ViewportPortal>: children are drawn in flow coordinates, moving with pan and
 * zoom. That one looks its target up with querySelector inside a store selector, i.e. on every
 * store update (every drag tick); here it is looked up once per flow element.
 */
export function ViewportLayer({ children }: { children: ReactNode }) {
  const domNode = useStore(selectDomNode)
  const target = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal') ?? null, [domNode])
  return target ? createPortal(children, target) : null
}
