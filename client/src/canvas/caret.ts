/** One Y.Text delta op, as in Y.YTextEvent.delta. */
export type DeltaOp = { retain?: number; insert?: unknown; delete?: number }

/**
 * Where a caret index ends up after a remote change: text inserted before it pushes it right,
 * text deleted before it pulls it left. Keeps someone's cursor in place while another types.
 */
export function transformCaret(delta: readonly DeltaOp[], caret: number): number {
  let index = 0
  let out = caret
  for (const op of delta) {
    if (op.retain !== undefined) index += op.retain
    else if (op.insert !== undefined) {
      const len = typeof op.insert === 'string' ? op.insert.length : 1
      if (index <= caret) out += len
      index += len
    } else if (op.delete !== undefined) {
      const caretNow = out
      if (index < caretNow) out -= Math.min(op.delete, caretNow - index)
    }
    if (index > out) break
  }
  return out
}
