import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { transformCaret } from './caret'

function deltaOf(initial: string, change: (t: Y.Text) => void) {
  const doc = new Y.Doc()
  const text = doc.getText('t')
  text.insert(0, initial)
  let delta: Y.YTextEvent['delta'] = []
  text.observe((e) => (delta = e.delta))
  change(text)
  return delta
}

describe('transformCaret', () => {
  it('moves right for inserts before the caret and stays for inserts after', () => {
    const d = deltaOf('hello world', (t) => t.insert(0, '>> '))
    expect(transformCaret(d, 5)).toBe(8)
    const after = deltaOf('hello world', (t) => t.insert(11, '!'))
    expect(transformCaret(after, 5)).toBe(5)
  })
  it('moves left for deletes before the caret, never past the deletion start', () => {
    const d = deltaOf('hello world', (t) => t.delete(0, 6))
    expect(transformCaret(d, 8)).toBe(2)
    const spanning = deltaOf('hello world', (t) => t.delete(3, 6))
    expect(transformCaret(spanning, 5)).toBe(3)
  })
})
