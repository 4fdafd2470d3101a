import type { Polarity } from '@causeway/model'

export type LoopType = 'R' | 'B' | 'U'

export interface LoopGraphEdge {
  id: string
  source: string
  target: string
  polarity: Polarity
}

export interface LoopGraph {
  nodeIds: string[]
  edges: LoopGraphEdge[]
}

export interface Loop {
  /** canonicalLoopKey of the node cycle (DESIGN.md). */
  key: string
  /** Node ids in cycle order, starting at the smallest id. */
  nodes: string[]
  /** Edge ids in cycle order: edges[i] goes nodes[i] → nodes[i+1]. */
  edges: string[]
  type: LoopType
}

export interface FindLoopsOptions {
  maxLoops?: number
  maxMs?: number
  /** Clock in ms; defaults to performance.now (or Date.now). Injectable for tests. */
  now?: () => number
}

export interface FindLoopsResult {
  /** Shortest first, then by key. */
  loops: Loop[]
  /** True when a bound stopped the search: show "more loops than shown". */
  truncated: boolean
  reason?: 'count' | 'time'
}
