import ELK from 'elkjs/lib/elk.bundled.js'
import type { ElkNode } from 'elkjs/lib/elk.bundled.js'
import type { Move } from '@causeway/model'

export interface LayoutNode {
  id: string
  x: number
  y: number
  w: number
  h: number
}

export interface LayoutEdge {
  id: string
  source: string
  target: string
}

// Left-to-right layers read as "cause → effect"; feedback links are the ones drawn backwards.
const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '50',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.spacing.componentComponent': '80',
  'elk.layered.cycleBreaking.strategy': 'GREEDY',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
}

let elk: InstanceType<typeof ELK> | null = null

/**
 * Layered layout of some nodes and the links among them. The result keeps the group's top-left
 * corner where it was, so tidying a selection does not fling it across the board.
 */
export async function layeredLayout(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Promise<Move[]> {
  if (nodes.length === 0) return []
  const ids = new Set(nodes.map((n) => n.id))
  // Keep the current reading order as a hint, so repeated tidying is stable.
  const ordered = [...nodes].sort((a, b) => a.x - b.x || a.y - b.y)
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: LAYERED,
    children: ordered.map((n) => ({ id: n.id, width: Math.max(1, n.w), height: Math.max(1, n.h) })),
    edges: edges
      .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
      .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  }
  elk ??= new ELK()
  const result = await elk.layout(graph)
  const minX = Math.min(...nodes.map((n) => n.x))
  const minY = Math.min(...nodes.map((n) => n.y))
  const placed = result.children ?? []
  const outMinX = Math.min(...placed.map((c) => c.x ?? 0))
  const outMinY = Math.min(...placed.map((c) => c.y ?? 0))
  return placed.map((c) => ({
    id: c.id,
    x: Math.round(minX + (c.x ?? 0) - outMinX),
    y: Math.round(minY + (c.y ?? 0) - outMinY),
  }))
}
