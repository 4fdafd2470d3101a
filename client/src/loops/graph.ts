import type { LoopGraph } from '@causeway/analysis'
import type { BoardSnapshot } from '@causeway/model'

/**
 * The part of a board that loop detection needs: ids and links with their polarity. Labels and
 * positions are left out so the worker gets a small message and moving a node costs nothing.
 */
export function loopGraphOf(snapshot: Pick<BoardSnapshot, 'nodes' | 'edges'>): LoopGraph {
  const nodeIds = Object.keys(snapshot.nodes).sort()
  const edges = Object.values(snapshot.edges)
    .map((e) => ({ id: e.id, source: e.source, target: e.target, polarity: e.polarity }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return { nodeIds, edges }
}

/** Equal strings mean equal graphs, so a label edit or a drag does not re-run the search. */
export function graphSignature(graph: LoopGraph): string {
  let s = graph.nodeIds.join(',') + '|'
  for (const e of graph.edges) s += `${e.id}:${e.source}>${e.target}${e.polarity};`
  return s
}
