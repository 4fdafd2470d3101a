import { describe, expect, it } from 'vitest'
import { layeredLayout } from './elkLayout'

const box = (id: string, x: number, y: number) => ({ id, x, y, w: 120, h: 40 })

describe('layeredLayout', () => {
  it('places causes left of effects and keeps the group where it was', async () => {
    const nodes = [box('c', 500, 500), box('a', 300, 900), box('b', 1000, 200)]
    const edges = [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'bc', source: 'b', target: 'c' },
    ]
    const moves = await layeredLayout(nodes, edges)
    const at = Object.fromEntries(moves.map((m) => [m.id, m]))
    expect(moves).toHaveLength(3)
    expect(at.a!.x).toBeLessThan(at.b!.x)
    expect(at.b!.x).toBeLessThan(at.c!.x)
    expect(Math.min(...moves.map((m) => m.x))).toBe(300)
    expect(Math.min(...moves.map((m) => m.y))).toBe(200)
  })

  it('lays out loops without overlapping boxes and ignores links leaving the group', async () => {
    const nodes = [box('a', 0, 0), box('b', 0, 0), box('c', 0, 0)]
    const edges = [
      { id: 'ab', source: 'a', target: 'b' },
      { id: 'bc', source: 'b', target: 'c' },
      { id: 'ca', source: 'c', target: 'a' },
      { id: 'cx', source: 'c', target: 'outside' },
    ]
    const moves = await layeredLayout(nodes, edges)
    for (const m of moves)
      for (const o of moves)
        if (m !== o) expect(Math.abs(m.x - o.x) >= 120 || Math.abs(m.y - o.y) >= 40).toBe(true)
  })

  it('does nothing for no nodes', async () => {
    expect(await layeredLayout([], [])).toEqual([])
  })
})
