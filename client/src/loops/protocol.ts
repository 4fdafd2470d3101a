import type { FindLoopsOptions, FindLoopsResult, LoopGraph } from '@causeway/analysis'

/** Messages between the page and loops.worker.ts. `seq` lets the page drop stale answers. */
export interface LoopRequest {
  seq: number
  graph: LoopGraph
  opts: FindLoopsOptions
}

export type LoopResponse = { seq: number; result: FindLoopsResult } | { seq: number; error: string }

/** Bounds that keep the search quick and the list readable; beyond them the panel says so. */
export const LOOP_SEARCH_LIMITS: FindLoopsOptions = { maxLoops: 200, maxMs: 400 }
