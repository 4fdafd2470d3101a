import { describe, expect, it } from 'vitest'
import { borderPoint, edgeGeometry } from './edgeGeometry'

describe('borderPoint', () => {
  it('leaves a rect through the side the direction points at', () => {
    const r = { x: 0, y: 0, width: 100, height: 40 }
    expect(borderPoint(r, { x: 1, y: 0 })).toEqual({ x: 100, y: 20 })
    expect(borderPoint(r, { x: 0, y: -1 })).toEqual({ x: 50, y: 0 })
  })
})

describe('edgeGeometry', () => {
  it('bends A→B and B→A to different sides', () => {
    const a = { x: 0, y: 0, width: 100, height: 40 }
    const b = { x: 300, y: 0, width: 100, height: 40 }
    const ab = edgeGeometry(a, b)
    const ba = edgeGeometry(b, a)
    expect(ab.path.startsWith('M ')).toBe(true)
    expect(Math.sign(ab.mid.y - 20)).toBe(-Math.sign(ba.mid.y - 20))
    // the polarity mark sits near the head (the target's end)
    expect(ab.polarity.x).toBeGreaterThan(200)
    expect(ba.polarity.x).toBeLessThan(200)
  })
})
