import { describe, expect, it } from 'vitest'
import { linesOfNode, toGraphSpace, toPlot } from './stroke'

describe('behaviour-over-time strokes', () => {
  it('maps screen points into graph space with y up, clamped', () => {
    const rect = { left: 100, top: 50, width: 200, height: 100 }
    expect(toGraphSpace(100, 150, rect)).toEqual([0, 0])
    expect(toGraphSpace(300, 50, rect)).toEqual([1, 1])
    expect(toGraphSpace(200, 100, rect)).toEqual([0.5, 0.5])
    expect(toGraphSpace(999, -40, rect)).toEqual([1, 1])
  })

  it('draws graph space into plot pixels', () => {
    expect(toPlot([0, 0, 1, 1], 200, 100)).toBe('0,100 200,0')
  })

  it('lists line fields sorted by id and ignores other fields', () => {
    const lines = linesOfNode({
      kind: 'botg',
      'line:b': { name: 'Stress', color: '#f00', points: [0, 0, 1, 1] },
      'line:a': { name: 'Sleep', points: [0, 1, 'x'] },
      'line:bad': 3,
    })
    expect(lines.map((l) => l.id)).toEqual(['a', 'b'])
    expect(lines[0]!.points).toEqual([0, 1])
    expect(lines[1]!.color).toBe('#f00')
  })
})
