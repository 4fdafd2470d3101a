import type { Polarity } from '@causeway/model'

// Contract for loop analysis (issue 4). Implementation lands in this package.

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
}

export interface FindLoopsResult {
  /** Shortest first, then by key. */
  loops: Loop[]
  /** True when a bound stopped the search: show "more loops than shown". */
  truncated: boolean
  reason?: 'count' | 'time'
}

export function findLoops(_graph: LoopGraph, _opts: FindLoopsOptions = {}): FindLoopsResult {
  return { loops: [], truncated: false }
}
