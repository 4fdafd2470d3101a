import { boardMaps, moveNodes, nodeSnapshot } from '@causeway/model'
import type { Move, NodeSnapshot } from '@causeway/model'
import type * as Y from 'yjs'
import { bandAt, icebergBands, ladderBands } from './bands'
import { num } from './useNodeFields'

/** Kinds that hold other nodes; they render behind everything else. */
export const CONTAINER_KINDS = new Set(['iceberg', 'ladder', 'botg', 'circle', 'frame'])

export const CONTAINER_DEFAULT_SIZE: Record<string, { w: number; h: number }> = {
  iceberg: { w: 560, h: 520 },
  ladder: { w: 520, h: 600 },
  botg: { w: 520, h: 340 },
  circle: { w: 440, h: 440 },
  frame: { w: 480, h: 320 },
}

/** React Flow zIndex for a kind: containers sit below links and ordinary nodes. */
export function kindZIndex(kind: string): number {
  return CONTAINER_KINDS.has(kind) ? -1 : 0
}

export function containerSize(n: NodeSnapshot): { w: number; h: number } {
  const d = CONTAINER_DEFAULT_SIZE[n.kind] ?? { w: 400, h: 300 }
  return { w: num(n.w, d.w), h: num(n.h, d.h) }
}

/** The fields a node gets from where its centre lies: parent plus level/rung for banded kinds. */
export function membershipAt(
  containers: NodeSnapshot[],
  node: NodeSnapshot,
  centre: { x: number; y: number },
): { parent?: string; level?: string; rung?: string } {
  let best: NodeSnapshot | undefined
  let bestArea = Infinity
  for (const c of containers) {
    if (c.id === node.id || !CONTAINER_KINDS.has(c.kind)) continue
    // Circle elements sit *around* the circle, so only a dedicated drop there would be a guess.
    if (c.kind === 'circle' || (c.kind === 'frame' && CONTAINER_KINDS.has(node.kind))) continue
    const { w, h } = containerSize(c)
    const inside = centre.x >= c.x && centre.x <= c.x + w && centre.y >= c.y && centre.y <= c.y + h
    // The innermost container wins when they overlap.
    if (inside && w * h < bestArea) {
      best = c
      bestArea = w * h
    }
  }
  if (!best) return {}
  const localY = centre.y - best.y
  const { h } = containerSize(best)
  if (best.kind === 'iceberg') return { parent: best.id, level: bandAt(icebergBands(h), localY) }
  if (best.kind === 'ladder') return { parent: best.id, rung: bandAt(ladderBands(h), localY) }
  return { parent: best.id }
}

export interface DroppedNode extends Move {
  /** Measured size on screen, so the centre (not the corner) decides the band. */
  width?: number
  height?: number
}

/**
 * Drag-end for the canvas: writes final positions and, in the same transaction (one undo step),
 * the parent/level/rung each node's new place implies. Nodes left outside lose them.
 */
export function moveIntoContainers(doc: Y.Doc, drops: DroppedNode[], origin?: unknown): void {
  const { nodes } = boardMaps(doc)
  const containers: NodeSnapshot[] = []
  for (const [id, n] of nodes) {
    if (CONTAINER_KINDS.has(n.get('kind') as string)) containers.push(nodeSnapshot(id, n))
  }
  doc.transact(() => {
    moveNodes(doc, [...drops, ...childrenFollow(nodes, drops)], origin)
    for (const d of drops) {
      const node = nodes.get(d.id)
      if (!node) continue
      const snap = nodeSnapshot(d.id, node)
      if (CONTAINER_KINDS.has(snap.kind)) continue
      const centre = { x: d.x + (d.width ?? 0) / 2, y: d.y + (d.height ?? 0) / 2 }
      const want = membershipAt(containers, snap, centre)
      const keepCircle =
        typeof snap.parent === 'string' && containers.some((c) => c.id === snap.parent && c.kind === 'circle')
      if (keepCircle) continue
      for (const key of ['parent', 'level', 'rung'] as const) {
        const v = want[key]
        if (v === undefined) {
          if (node.has(key)) node.delete(key)
        } else if (node.get(key) !== v) node.set(key, v)
      }
    }
  }, origin)
}

/** A moved container takes the children that were not dragged with it along by the same delta. */
function childrenFollow(nodes: Y.Map<Y.Map<unknown>>, drops: DroppedNode[]): Move[] {
  const dragged = new Set(drops.map((d) => d.id))
  const delta = new Map<string, { dx: number; dy: number }>()
  for (const d of drops) {
    const n = nodes.get(d.id)
    if (!n || !CONTAINER_KINDS.has(n.get('kind') as string)) continue
    const dx = d.x - num(n.get('x'), 0)
    const dy = d.y - num(n.get('y'), 0)
    if (dx !== 0 || dy !== 0) delta.set(d.id, { dx, dy })
  }
  if (delta.size === 0) return []
  const out: Move[] = []
  for (const [id, n] of nodes) {
    const parent = n.get('parent')
    const dd = typeof parent === 'string' ? delta.get(parent) : undefined
    if (!dd || dragged.has(id)) continue
    out.push({ id, x: num(n.get('x'), 0) + dd.dx, y: num(n.get('y'), 0) + dd.dy })
  }
  return out
}
