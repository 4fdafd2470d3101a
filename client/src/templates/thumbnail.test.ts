import { describe, expect, it } from 'vitest'
import { contentBounds, thumbnailShapes } from './thumbnail'

const content = {
  nodes: [
    { id: 'a', kind: 'variable', label: 'A', x: 0, y: 0 },
    { id: 'b', kind: 'variable', label: 'B', x: 400, y: 300 },
    { id: 'f', kind: 'frame', label: 'F', x: -100, y: -100, w: 700, h: 500 },
  ],
  edges: [{ id: 'e', source: 'a', target: 'b', polarity: '+' as const, delay: false }],
}

describe('thumbnailShapes', () => {
  it('is empty for an empty board', () => {
    expect(thumbnailShapes({ nodes: [], edges: [] }, 120, 80)).toEqual([])
  })

  it('fits everything inside the box, containers first, links last', () => {
    const shapes = thumbnailShapes(content, 120, 80)
    expect(shapes.map((s) => s.type)).toEqual(['rect', 'rect', 'rect', 'line'])
    expect(shapes[0]).toMatchObject({ kind: 'frame' })
    for (const s of shapes) {
      if (s.type !== 'rect') continue
      expect(s.x).toBeGreaterThanOrEqual(0)
      expect(s.y).toBeGreaterThanOrEqual(0)
      expect(s.x + s.w).toBeLessThanOrEqual(120.1)
      expect(s.y + s.h).toBeLessThanOrEqual(80.1)
    }
  })

  it('draws a connection circle as a circle and skips links to missing nodes', () => {
    const shapes = thumbnailShapes(
      {
        nodes: [{ id: 'c', kind: 'circle', label: '', x: 0, y: 0, w: 100, h: 100 }],
        edges: [{ id: 'x', source: 'c', target: 'gone', polarity: '-', delay: false }],
      },
      50,
      50,
      0,
    )
    expect(shapes).toEqual([{ type: 'circle', cx: 25, cy: 25, r: 25, kind: 'circle' }])
  })

  it('measures bounds with container sizes', () => {
    expect(contentBounds(content.nodes)).toEqual({ x: -100, y: -100, w: 700, h: 500 })
  })
})
