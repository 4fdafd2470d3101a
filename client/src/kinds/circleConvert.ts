import { boardMaps, moveNodes, nodeSnapshot, removeNodes } from '@causeway/model'
import type * as Y from 'yjs'
import { containerSize } from './containment'
import { num } from './useNodeFields'

/**
 * "Turn into causal-loop diagram": the elements become free variables spread a little wider, the
 * circle goes, every link stays. One transaction, so one undo step brings the circle back.
 */
export function turnCircleIntoCld(doc: Y.Doc, circleId: string, origin?: unknown): void {
  const { nodes } = boardMaps(doc)
  const circle = nodes.get(circleId)
  if (!circle) return
  const { w, h } = containerSize(nodeSnapshot(circleId, circle))
  const cx = num(circle.get('x'), 0) + w / 2
  const cy = num(circle.get('y'), 0) + h / 2
  doc.transact(() => {
    const moves = []
    for (const [id, n] of nodes) {
      if (n.get('parent') !== circleId) continue
      const x = num(n.get('x'), 0)
      const y = num(n.get('y'), 0)
      // Pushing elements outwards leaves room for loop labels where the circle was.
      moves.push({ id, x: cx + (x - cx) * 1.25, y: cy + (y - cy) * 1.25 })
      n.delete('parent')
    }
    moveNodes(doc, moves, origin)
    removeNodes(doc, [circleId], origin)
  }, origin)
}
