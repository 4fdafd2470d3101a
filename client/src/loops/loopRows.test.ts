import { describe, expect, it } from 'vitest'
import type { BoardSnapshot } from '@causeway/model'
import { labelLoops } from '@causeway/analysis'
import { loopPathText, sortLoopsForPanel } from './loopRows'
import { loopAnchors } from './anchor'

const snapshot: BoardSnapshot = {
  meta: { schema: 1, title: 't', createdAt: 0 },
  nodes: {
    a: { id: 'a', kind: 'variable', label: 'Stress', x: 0, y: 0 },
    b: { id: 'b', kind: 'variable', label: 'Sleep', x: 0, y: 0 },
    c: { id: 'c', kind: 'variable', label: ' ', x: 0, y: 0 },
  },
  edges: {},
  loops: { 'a>b>c': { name: 'Alpha' }, 'a>c': { name: 'Zulu' } },
}

const loops = labelLoops([
  { key: 'a>b', nodes: ['a', 'b'], edges: ['1', '2'], type: 'R' },
  { key: 'a>c', nodes: ['a', 'c'], edges: ['3', '4'], type: 'B' },
  { key: 'a>b>c', nodes: ['a', 'b', 'c'], edges: ['1', '5', '6'], type: 'U' },
  { key: 'b>c', nodes: ['b', 'c'], edges: ['7', '8'], type: 'R' },
])

describe('loop rows', () => {
  it('numbers loops per type', () => {
    expect(loops.map((l) => l.label)).toEqual(['R1', 'R2', 'B1', 'U1'])
  })

  it('sorts shortest first, then by name or label', () => {
    expect(sortLoopsForPanel(loops, snapshot).map((l) => l.label)).toEqual(['R1', 'R2', 'B1', 'U1'])
  })

  it('writes the path by labels and closes the cycle', () => {
    expect(loopPathText(loops.find((l) => l.type === 'U')!, snapshot, '(unnamed)')).toBe('Stress → Sleep → (unnamed) → Stress')
  })

  it('moves a badge off a node box to the nearest free spot', () => {
    const centres = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
      ['c', { x: 200, y: 0 }],
    ])
    const boxes = [...centres.values()].map((p) => ({ x: p.x - 40, y: p.y - 15, w: 80, h: 30 }))
    const [at] = loopAnchors([{ nodes: ['a', 'b', 'c'] }], centres, boxes)
    expect(at!.x).toBeCloseTo(100)
    expect(at!.y).toBeGreaterThanOrEqual(15 + 22)
  })

  it('puts badges at loop centres and keeps them apart', () => {
    const centres = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
    ])
    const [first, second, missing] = loopAnchors(
      [{ nodes: ['a', 'b'] }, { nodes: ['b', 'a'] }, { nodes: ['a', 'z'] }],
      centres,
    )
    expect(first).toEqual({ x: 50, y: 0 })
    expect(Math.hypot(second!.x - 50, second!.y)).toBeGreaterThanOrEqual(44)
    expect(missing).toBeNull()
  })
})
