import { LOOP_NODE_KINDS, labelLoops, loopsOfSnapshot } from '@causeway/analysis'
import type { LabelledLoop } from '@causeway/analysis'
import type { BoardSnapshot, EdgeSnapshot, NodeSnapshot } from '@causeway/model'

/** Bounds for exports: a file must come out even for a board with a combinatorial number of loops. */
const EXPORT_LOOP_LIMIT = 500

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The causal diagram the graph formats carry: variables (and stocks, flows, clouds) plus any
 * other node a link touches. Unlinked notes, frames and tool containers stay behind: they are
 * layout, not structure, and only the board JSON keeps them. Sorted by id so that exports of
 * the same board are identical.
 */
export function boardNodes(s: BoardSnapshot): NodeSnapshot[] {
  const linked = new Set(Object.values(s.edges).flatMap((e) => [e.source, e.target]))
  return Object.values(s.nodes)
    .filter((n) => LOOP_NODE_KINDS.has(n.kind) || linked.has(n.id))
    .sort(byId)
}

export function boardEdges(s: BoardSnapshot): EdgeSnapshot[] {
  return Object.values(s.edges)
    .filter((e) => s.nodes[e.source] && s.nodes[e.target])
    .sort(byId)
}

/** Loops labelled as the board shows them (R1, B1, …), so an export names loops as people do. */
export function boardLoops(s: BoardSnapshot): LabelledLoop[] {
  return labelLoops(loopsOfSnapshot(s, { maxLoops: EXPORT_LOOP_LIMIT }).loops)
}

/** A short readable id per node for formats whose ids are identifiers (dot, mermaid): n1, n2, … */
export function shortIds(nodes: NodeSnapshot[]): Map<string, string> {
  return new Map(nodes.map((n, i) => [n.id, `n${i + 1}`]))
}
