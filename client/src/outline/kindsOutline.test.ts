import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addVariable, toSnapshot } from '@causeway/model'
import { applyTemplate, getTemplate } from '@causeway/templates'
import { kindsOutline } from './kindsOutline'
import { outlineAsText, outlineSections } from './outlineText'

function boardFrom(id: string): Y.Doc {
  const doc = new Y.Doc()
  applyTemplate(doc, getTemplate(id)!)
  return doc
}

describe('kindsOutline', () => {
  it('reads an iceberg level by level, top to bottom, with each level’s question and its notes', () => {
    const groups = kindsOutline(toSnapshot(boardFrom('iceberg')))
    const iceberg = groups.find((g) => g.title.startsWith('Iceberg'))!
    expect(iceberg.parts.map((p) => p.title.split(' — ')[0])).toEqual(['Events', 'Patterns / trends', 'Structures', 'Mental models'])
    expect(iceberg.parts[0]!.title).toContain('(react)')
    // The template's starter note sits in the top level; the deeper levels wait for the team.
    expect(iceberg.parts.map((p) => p.items)).toEqual([['An event we noticed: …'], [], [], []])
  })

  it('reads a ladder rung by rung from observable data up to actions, with the reflexive loop', () => {
    const ladder = kindsOutline(toSnapshot(boardFrom('ladder-of-inference'))).find((g) => g.title.startsWith('Ladder'))!
    expect(ladder.parts.map((p) => p.title)).toEqual([
      'Observable data',
      'Selected data',
      'Meanings',
      'Assumptions',
      'Conclusions',
      'Beliefs',
      'Actions',
    ])
    expect(ladder.items).toEqual(['Reflexive loop: our beliefs affect what data we select next time'])
  })

  it('lists graphs with their lines, and variables that have no links yet', () => {
    const doc = boardFrom('behaviour-over-time')
    addVariable(doc, { id: 'lonely', label: 'Belonging', x: 2000, y: 0 })
    const a = addVariable(doc, { id: 'a', label: 'Stress', x: 2000, y: 200 })
    const b = addVariable(doc, { id: 'b', label: 'Sleep', x: 2200, y: 200 })
    addLink(doc, { source: a, target: b, polarity: '-' })
    const groups = kindsOutline(toSnapshot(doc))
    expect(groups.some((g) => g.title.startsWith('Behaviour-over-time graph') && g.parts[0]!.title === 'Lines')).toBe(true)
    expect(groups.find((g) => g.key === 'unlinked')!.items).toEqual(['Belonging'])
  })

  it('makes a board with only framework tools read as something, not as empty', () => {
    const doc = boardFrom('iceberg')
    const s = outlineSections(toSnapshot(doc), [])
    expect(s.links).toEqual([])
    const text = outlineAsText(s)
    expect(text).toMatch(/Iceberg.*\n- Events — /)
  })
})
