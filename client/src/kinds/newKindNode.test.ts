import { describe, expect, it } from 'vitest'
import { newKindNode, PALETTE_KINDS } from './newKindNode'

describe('newKindNode', () => {
  it('centres containers on the point with their default size', () => {
    const n = newKindNode('iceberg', { x: 1000, y: 1000 }, 'Iceberg')
    expect(n).toMatchObject({ kind: 'iceberg', x: 720, y: 740, fields: { w: 560, h: 520, variant: 'standard' } })
  })

  it('gives a behaviour-over-time graph axes and a ladder its reflexive loop', () => {
    expect(newKindNode('botg', { x: 0, y: 0 }, '').fields).toMatchObject({ xLabel: 'Time', timeLabels: [] })
    expect(newKindNode('ladder', { x: 0, y: 0 }, '').fields).toMatchObject({ reflexive: true })
  })

  it('makes every palette kind', () => {
    for (const k of PALETTE_KINDS) expect(newKindNode(k, { x: 0, y: 0 }, k).kind).toBe(k)
  })
})
