import { describe, expect, it } from 'vitest'
import { nearestInDirection, readingOrder, stepInOrder } from './nearestNode'
import type { Box } from './nearestNode'

const box = (id: string, cx: number, cy: number, width = 100, height = 40): Box => ({
  id,
  x: cx - width / 2,
  y: cy - height / 2,
  width,
  height,
})

describe('nearestInDirection', () => {
  //        up
  //  left  from  right  far-right
  //        down
  const from = box('from', 0, 0)
  const all = [box('up', 0, -200), box('left', -200, 0), box('right', 200, 0), box('far-right', 500, 0), box('down', 10, 200)]

  it('finds the box that lies in each direction', () => {
    expect(nearestInDirection(from, all, 'up')).toBe('up')
    expect(nearestInDirection(from, all, 'left')).toBe('left')
    expect(nearestInDirection(from, all, 'right')).toBe('right')
    expect(nearestInDirection(from, all, 'down')).toBe('down')
  })

  it('returns null when nothing lies that way, and never the box it starts from', () => {
    expect(nearestInDirection(from, [box('left', -200, 0)], 'right')).toBeNull()
    expect(nearestInDirection(from, [from], 'right')).toBeNull()
    expect(nearestInDirection(from, [], 'up')).toBeNull()
  })

  it('ignores a box level with the start for up and down', () => {
    expect(nearestInDirection(from, [box('beside', 300, 0)], 'down')).toBeNull()
  })

  it('prefers a box straight ahead to a nearer one far off to the side', () => {
    const ahead = box('ahead', 400, 10)
    const offside = box('offside', 150, 140) // nearer, 43° off the axis: sideways offset counts double
    const slightlyOff = box('slightlyOff', 150, 40) // nearer and only 15° off: it wins
    const wayOff = box('wayOff', 100, 300) // 72° off the axis, outside the cone: only if nothing better
    expect(nearestInDirection(from, [offside, ahead], 'right')).toBe('ahead')
    expect(nearestInDirection(from, [ahead, slightlyOff], 'right')).toBe('slightlyOff')
    expect(nearestInDirection(from, [wayOff, box('far', 2000, 0)], 'right')).toBe('far')
    expect(nearestInDirection(from, [wayOff], 'right')).toBe('wayOff')
  })

  it('takes the nearer of two boxes in line', () => {
    expect(nearestInDirection(from, [box('far', 600, 0), box('near', 250, 0)], 'right')).toBe('near')
  })

  it('keeps input order on a tie', () => {
    expect(nearestInDirection(from, [box('a', -100, -200), box('b', 100, -200)], 'up')).toBe('a')
  })
})

describe('readingOrder', () => {
  it('goes row by row, left to right, tolerating small vertical offsets in a row', () => {
    const boxes = [box('c', 150, 300), box('b', 400, 108), box('a', 100, 100), box('d', 50, 305)]
    expect(readingOrder(boxes)).toEqual(['a', 'b', 'd', 'c'])
  })

  it('starts a new row beyond the tolerance', () => {
    expect(readingOrder([box('right', 300, 150), box('left', 0, 100)], 20)).toEqual(['left', 'right'])
    expect(readingOrder([box('right', 300, 100), box('left', 0, 150)], 20)).toEqual(['right', 'left'])
  })
})

describe('stepInOrder', () => {
  const order = ['a', 'b', 'src', 'c']

  it('starts after the source and wraps around, skipping it', () => {
    expect(stepInOrder(order, null, 1, 'src')).toBe('c')
    expect(stepInOrder(order, 'c', 1, 'src')).toBe('a')
    expect(stepInOrder(order, 'a', 1, 'src')).toBe('b')
    expect(stepInOrder(order, 'b', 1, 'src')).toBe('c')
  })

  it('goes backwards with -1', () => {
    expect(stepInOrder(order, null, -1, 'src')).toBe('b')
    expect(stepInOrder(order, 'c', -1, 'src')).toBe('b')
    expect(stepInOrder(order, 'a', -1, 'src')).toBe('c')
  })

  it('returns null when only the source is there', () => {
    expect(stepInOrder(['src'], null, 1, 'src')).toBeNull()
    expect(stepInOrder([], null, 1, 'src')).toBeNull()
  })

  it('starts at an end when the current box is gone', () => {
    expect(stepInOrder(['a', 'b'], 'gone', 1, 'src')).toBe('a')
    expect(stepInOrder(['a', 'b'], 'gone', -1, 'src')).toBe('b')
  })
})
