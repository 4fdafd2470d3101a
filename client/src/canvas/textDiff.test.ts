import { describe, expect, it } from 'vitest'
import { textSplice } from './textDiff'

describe('textSplice', () => {
  it('finds the one edit between two strings', () => {
    expect(textSplice('abc', 'abXc')).toEqual({ index: 2, remove: 0, insert: 'X' })
    expect(textSplice('abc', 'ac')).toEqual({ index: 1, remove: 1, insert: '' })
    expect(textSplice('', 'hi')).toEqual({ index: 0, remove: 0, insert: 'hi' })
    expect(textSplice('aaa', 'aa')).toEqual({ index: 2, remove: 1, insert: '' })
    expect(textSplice('same', 'same')).toEqual({ index: 4, remove: 0, insert: '' })
  })
})
