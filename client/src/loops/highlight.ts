import { useSyncExternalStore } from 'react'

// Which loop is hovered in the loops panel; edges and nodes read it to highlight themselves.
let highlighted: { nodes: Set<string>; edges: Set<string> } = { nodes: new Set(), edges: new Set() }
const listeners = new Set<() => void>()

export function setHighlightedLoop(loop: { nodes: string[]; edges: string[] } | null): void {
  highlighted = loop ? { nodes: new Set(loop.nodes), edges: new Set(loop.edges) } : { nodes: new Set(), edges: new Set() }
  for (const l of listeners) l()
}

function subscribe(l: () => void) {
  listeners.add(l)
  return () => listeners.delete(l)
}

export function useIsEdgeHighlighted(edgeId: string): boolean {
  return useSyncExternalStore(subscribe, () => highlighted.edges.has(edgeId))
}

export function useIsNodeHighlighted(nodeId: string): boolean {
  return useSyncExternalStore(subscribe, () => highlighted.nodes.has(nodeId))
}
