import type { useStoreApi } from '@xyflow/react'

/**
 * Selects exactly these nodes through React Flow's own selection changes. Not setNodes: that
 * replaces whole node objects with a snapshot taken now, which can undo a doc update that is
 * still on its way into React state (a label's last keystroke, say).
 */
export function selectNodes(store: ReturnType<typeof useStoreApi>, ids: string[]): void {
  const state = store.getState()
  // Without a multi-select key held, addSelectedNodes alone selects exactly these (links too are
  // unselected). Unselecting first would break an already selected node: the add compares with
  // the store as it was, sees it selected, and never undoes the queued unselect.
  if (ids.length && !state.multiSelectionActive) return state.addSelectedNodes(ids)
  state.unselectNodesAndEdges()
  if (ids.length) state.addSelectedNodes(ids)
}

let pending: { nodes: Set<string>; edges: Set<string> } | null = null

/** Asks the flow data to select these nodes (and links) in the same update that first shows them. */
export function selectWhenAdded(ids: Iterable<string>, edgeIds: Iterable<string> = []): void {
  pending = { nodes: new Set(ids), edges: new Set(edgeIds) }
}

/** For useFlowData: the pending selection, once every one of its nodes and links is present. */
export function takePendingSelection(
  hasNode: (id: string) => boolean,
  hasEdge: (id: string) => boolean = () => false,
): { nodes: Set<string>; edges: Set<string> } | null {
  if (!pending || ![...pending.nodes].every(hasNode) || ![...pending.edges].every(hasEdge)) return null
  const out = pending
  pending = null
  return out
}
