import { toSnapshot } from '@causeway/model'
import { applyCircleToCld, circleToCld } from '@causeway/templates'
import type * as Y from 'yjs'

/**
 * "Turn into causal-loop diagram": the elements become free variables on a wider ring, the circle
 * goes, every link stays. One transaction, so one undo step brings the circle back.
 */
export function turnCircleIntoCld(doc: Y.Doc, circleId: string, origin?: unknown): void {
  applyCircleToCld(doc, circleToCld(toSnapshot(doc), circleId), origin)
}
