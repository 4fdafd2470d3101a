import { canonicalLoopKey } from '@causeway/model'
import type { Polarity } from '@causeway/model'
import { compareIds } from './graph'
import type { Arc } from './graph'
import type { Loop, LoopType } from './types'

export function loopType(polarities: readonly Polarity[]): LoopType {
  let negatives = 0
  for (const p of polarities) {
    if (p === '?') return 'U'
    if (p === '-') negatives++
  }
  return negatives % 2 === 0 ? 'R' : 'B'
}

/** A loop from its start vertex and the arcs that lead round back to it. */
export function makeLoop(ids: readonly string[], start: number, cycle: readonly Arc[]): Loop {
  const nodes = [start, ...cycle.slice(0, -1).map((a) => a.to)].map((i) => ids[i]!)
  return {
    key: canonicalLoopKey(nodes),
    nodes,
    edges: cycle.map((a) => a.edgeId),
    type: loopType(cycle.map((a) => a.polarity)),
  }
}

/** The order loops are shown in: shortest first, then by key. */
export function compareLoops(a: Loop, b: Loop): number {
  return a.nodes.length - b.nodes.length || compareIds(a.key, b.key)
}
