import { describe, expect, it } from 'vitest'
import { loopsOfSnapshot } from '@causeway/analysis'
import { exportBoard, importBoard } from './index'
import type { ImportFormat } from './index'
import { ARCHETYPES, boardFromLinks, essence, randomBoard, snapshotOf } from './test-support'

const ROUND_TRIP_FORMATS: ImportFormat[] = ['json', 'kumu', 'csv', 'dot', 'mermaid', 'mdl']

function roundTrip(format: ImportFormat, board: ReturnType<typeof randomBoard>) {
  const exported = exportBoard(board, format)
  const imported = importBoard(format, exported.body)
  if (!imported.ok)
    throw new Error(`${format}: ${JSON.stringify(imported.errors)}\n${exported.body}`)
  return snapshotOf(imported.content)
}

describe.each(ROUND_TRIP_FORMATS)('%s round trip', (format) => {
  it('keeps labels, links, polarities, delays and loop types of seeded random boards', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const board = randomBoard(seed)
      expect(essence(roundTrip(format, board)), `seed ${seed}`).toEqual(essence(board))
    }
  })

  it.each(Object.entries(ARCHETYPES))('keeps the loops of %s', (name, { links, R, B }) => {
    const back = roundTrip(format, boardFromLinks(links, name))
    const types = loopsOfSnapshot(back).loops.map((l) => l.type)
    expect(types.filter((t) => t === 'R')).toHaveLength(R)
    expect(types.filter((t) => t === 'B')).toHaveLength(B)
    expect(essence(back)).toEqual(essence(boardFromLinks(links, name)))
  })
})

describe('archetype fixtures', () => {
  it('match the loop counts FRAMEWORK.md states', () => {
    for (const [name, { links, R, B }] of Object.entries(ARCHETYPES)) {
      const types = loopsOfSnapshot(boardFromLinks(links)).loops.map((l) => l.type)
      expect({
        name,
        R: types.filter((t) => t === 'R').length,
        B: types.filter((t) => t === 'B').length,
      }).toEqual({ name, R, B })
    }
  })
})

describe('json round trip', () => {
  it('keeps loop names and notes, node kinds and extra fields', () => {
    const board = boardFromLinks([
      ['A', 'B', '+'],
      ['B', 'A', '-'],
    ])
    board.loops['v0>v1'] = { name: 'Thermostat', note: 'balances' }
    board.nodes.v0!.color = 'yellow'
    board.nodes.n = { id: 'n', kind: 'note', label: 'A note', x: 5, y: 6 }
    const back = importBoard('json', exportBoard(board, 'json').body)
    if (!back.ok) throw new Error(JSON.stringify(back.errors))
    expect(back.content.loops).toEqual({ 'v0>v1': { name: 'Thermostat', note: 'balances' } })
    expect(back.content.nodes).toContainEqual(board.nodes.n)
    expect(back.content.nodes.find((n) => n.id === 'v0')).toMatchObject({ color: 'yellow' })
  })
})

describe('csv formula guard', () => {
  it('gives back every label exactly, whatever quotes and formula starters it begins with', () => {
    const labels = [
      '=SUM(A1)',
      "'=SUM(A1)",
      "''=SUM(A1)",
      "'+1",
      "'-x",
      "'@me",
      "'plain",
      "''",
      "'",
      '-',
      '@',
      'a=b',
    ]
    const board = boardFromLinks(labels.map((l, i) => [l, `Other ${i}`, '+']))
    const back = importBoard('csv', exportBoard(board, 'csv').body)
    if (!back.ok) throw new Error(JSON.stringify(back.errors))
    const got = back.content.nodes.map((n) => n.label).filter((l) => !l.startsWith('Other'))
    expect(got.sort()).toEqual([...labels].sort())
  })

  it('still guards every cell a spreadsheet would run as a formula', () => {
    const body = exportBoard(boardFromLinks([["'=cmd()", '@x', '+']]), 'csv').body
    expect(body.split('\r\n')[1]).toBe("''=cmd(),'@x,+,false")
  })
})
