import type { Loop } from '@causeway/analysis'

export interface LabelledLoop extends Loop {
  /** R1, B2, U1…: numbered per type in the order the search returned (shortest first, then key). */
  label: string
}

export function labelLoops(loops: readonly Loop[]): LabelledLoop[] {
  const counts: Record<string, number> = {}
  return loops.map((loop) => {
    counts[loop.type] = (counts[loop.type] ?? 0) + 1
    return { ...loop, label: `${loop.type}${counts[loop.type]}` }
  })
}
