import type { useStoreApi } from '@xyflow/react'

/**
 * Selects exactly these nodes through React Flow's own selection changes. Not setNodes: that
 * replaces whole node objects with a snapshot taken now, which can undo a doc update that is
 * still on its way into React state (a label's last keystroke, say).
 */
export function selectNodes(store: ReturnType<typeof useStoreApi>, ids: string[]): void {
  const state = store.getState()
  state.unselectNodesAndEdges()
  if (ids.length) state.addSelectedNodes(ids)
}
