import { describe, expect, it } from 'vitest'
import type { BoardSnapshot } from '@causeway/model'
import { diagramPages } from './pdfPages'

const base: BoardSnapshot = { meta: { schema: 1, title: 'Board', createdAt: 0 }, nodes: {}, edges: {}, loops: {} }

describe('diagramPages', () => {
  it('is one page for the whole board when there are no frames', () => {
    const board = { ...base, nodes: { a: { id: 'a', kind: 'variable', label: 'A', x: 0, y: 0 } } }
    expect(diagramPages(board)).toEqual([{ title: 'Board' }])
  })

  it('is one page per frame, top to bottom, with its members, then the rest', () => {
    const board: BoardSnapshot = {
      ...base,
      nodes: {
        low: { id: 'low', kind: 'frame', label: 'Second', x: 0, y: 500, w: 400, h: 300 },
        top: { id: 'top', kind: 'frame', label: ' ', x: 0, y: 0, w: 400, h: 300 },
        inTop: { id: 'inTop', kind: 'variable', label: 'In', x: 100, y: 100, w: 80, h: 40 },
        child: { id: 'child', kind: 'variable', label: 'Parented but dragged out', x: 900, y: 900, parent: 'low' },
        out: { id: 'out', kind: 'variable', label: 'Out', x: 2000, y: 0 },
      },
    }
    const pages = diagramPages(board)
    expect(pages.map((p) => p.title)).toEqual(['Board', 'Second', 'Board'])
    expect([...pages[0]!.only!].sort()).toEqual(['inTop', 'top'])
    expect([...pages[1]!.only!].sort()).toEqual(['child', 'low'])
    // What lies outside every frame gets the last page.
    expect([...pages[2]!.only!]).toEqual(['out'])
  })
})
