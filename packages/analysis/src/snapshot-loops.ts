import type { BoardSnapshot, NodeKind } from '@causeway/model'
import { findLoops } from './find-loops'
import type { FindLoopsOptions, FindLoopsResult, LoopGraph } from './types'

/**
 * The kinds that are quantities in a causal structure. Connection-circle elements are
 * `variable`s (with a parent), so they count. Notes, frames, prompts and the containers
 * (iceberg, ladder, botg, circle) annotate or group and never take part in loops; neither do
 * unknown kinds from a newer version, whose meaning this version cannot know.
 */
export const LOOP_NODE_KINDS: ReadonlySet<NodeKind> = new Set(['variable', 'stock', 'flow', 'cloud'])

/**
 * The causal graph of a board: loop-capable nodes and the links between existing ones. A pipe
 * (`flow: true`, material moving source → target) counts as a '+' link whatever polarity is
 * stored: the board draws it without a polarity mark, so a hidden sign must not decide a loop.
 */
export function loopGraphOf(snapshot: BoardSnapshot): LoopGraph {
  const nodeIds = Object.values(snapshot.nodes)
    .filter((n) => LOOP_NODE_KINDS.has(n.kind))
    .map((n) => n.id)
  const present = new Set(nodeIds)
  const edges = Object.values(snapshot.edges)
    .filter((e) => present.has(e.source) && present.has(e.target))
    .map(({ id, source, target, polarity, flow }) => ({ id, source, target, polarity: flow === true ? '+' : polarity }))
  return { nodeIds, edges }
}

export function loopsOfSnapshot(snapshot: BoardSnapshot, opts: FindLoopsOptions = {}): FindLoopsResult {
  return findLoops(loopGraphOf(snapshot), opts)
}
