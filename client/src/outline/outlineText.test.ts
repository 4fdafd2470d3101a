import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addNode, addVariable, setLoopInfo, setTitle, toSnapshot } from '@causeway/model'
import { labelLoops, loopsOfSnapshot } from '@causeway/analysis'
import { outlineAsText, outlineSections } from './outlineText'

describe('outlineSections', () => {
  it('splits links from loops and uses the panel words for loop types', () => {
    const doc = new Y.Doc()
    setTitle(doc, 'Homework')
    const a = addVariable(doc, { id: 'a', label: 'Stress', x: 0, y: 0 })
    const b = addVariable(doc, { id: 'b', label: 'Sleep', x: 0, y: 0 })
    addLink(doc, { source: a, target: b, polarity: '-', delay: true })
    addLink(doc, { source: b, target: a, polarity: '?' })
    setLoopInfo(doc, 'a>b', { name: 'Night worry', note: 'Worse before exams' })
    const snapshot = toSnapshot(doc)
    const loops = labelLoops(loopsOfSnapshot(snapshot).loops)
    const s = outlineSections(snapshot, loops)
    expect(s.links).toEqual(['Sleep affects Stress (?)', 'Stress decreases Sleep (−) (delay)'])
    expect(s.loops).toEqual([
      {
        key: 'a>b',
        line: 'U1 (Night worry): Stress → Sleep → Stress, undecided',
        // Loop by loop: the links that close it, in cycle order.
        links: ['Stress decreases Sleep (−) (delay)', 'Sleep affects Stress (?)'],
        note: 'Worse before exams',
      },
    ])
    const text = outlineAsText(s)
    expect(text).toContain('Homework\n\nLinks\n- Sleep affects Stress (?)')
    expect(text).toContain(
      'Loops\n- U1 (Night worry): Stress → Sleep → Stress, undecided\n  - Stress decreases Sleep (−) (delay)\n  - Sleep affects Stress (?)\n  Note: Worse before exams',
    )
  })

  it('reads a pipe as material flowing into its target, with no polarity', () => {
    const doc = new Y.Doc()
    const j = addNode(doc, { kind: 'flow', label: 'Students joining', x: 0, y: 0 })
    const e = addNode(doc, { kind: 'stock', label: 'Enrolled students', x: 0, y: 0 })
    addLink(doc, { source: j, target: e, polarity: '+', fields: { flow: true } })
    const s = outlineSections(toSnapshot(doc), [])
    expect(s.links).toEqual(['Students joining flows into Enrolled students'])
  })
})
