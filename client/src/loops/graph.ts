import type { LoopGraph } from '@causeway/analysis'

/** Equal strings mean equal graphs, so a label edit or a drag does not re-run the search. */
export function graphSignature(graph: LoopGraph): string {
  let s = graph.nodeIds.join(',') + '|'
  for (const e of graph.edges) s += `${e.id}:${e.source}>${e.target}${e.polarity};`
  return s
}
