import { describe, expect, it } from 'vitest'
import { besideOffset } from './placement'

const v = (id: string, x: number, y: number) => ({ id, kind: 'variable', label: id, x, y })

describe('besideOffset', () => {
  it('leaves content where it is on an empty board', () => {
    expect(besideOffset([], [v('a', 10, 10)])).toEqual({ x: 0, y: 0 })
  })

  it('places content to the right of existing work, top-aligned', () => {
    const off = besideOffset([v('a', 0, 50), v('b', 300, 200)], [v('c', 20, 0)])
    // existing right edge: 300 + 140 (variable width); gap 160
    expect(off).toEqual({ x: 300 + 140 + 160 - 20, y: 50 })
  })
})
