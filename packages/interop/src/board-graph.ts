import { findLoops } from '@causeway/analysis'
import type { Loop, LoopType } from '@causeway/analysis'
import type { BoardSnapshot, EdgeSnapshot, NodeSnapshot } from '@causeway/model'

/** Bounds for exports: a file must come out even for a board with a combinatorial number of loops. */
const EXPORT_LOOP_LIMIT = 500

export interface LabelledLoop extends Loop {
  /** R1, B2, U1: numbered per type in the analyser's order (shortest first). */
  label: string
}

/** Nodes and links in a stable order (by id) so that exports of the same board are identical. */
export function boardNodes(s: BoardSnapshot): NodeSnapshot[] {
  return Object.values(s.nodes).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

export function boardEdges(s: BoardSnapshot): EdgeSnapshot[] {
  return Object.values(s.edges)
    .filter((e) => s.nodes[e.source] && s.nodes[e.target])
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

export function boardLoops(s: BoardSnapshot): LabelledLoop[] {
  const edges = boardEdges(s).map(({ id, source, target, polarity }) => ({ id, source, target, polarity }))
  const { loops } = findLoops({ nodeIds: boardNodes(s).map((n) => n.id), edges }, { maxLoops: EXPORT_LOOP_LIMIT })
  const counts: Record<LoopType, number> = { R: 0, B: 0, U: 0 }
  return loops.map((loop) => ({ ...loop, label: `${loop.type}${++counts[loop.type]}` }))
}

/** A short readable id per node for formats whose ids are identifiers (dot, mermaid): n1, n2, … */
export function shortIds(nodes: NodeSnapshot[]): Map<string, string> {
  return new Map(nodes.map((n, i) => [n.id, `n${i + 1}`]))
}
