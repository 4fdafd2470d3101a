import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addVariable, setLoopInfo, setTitle, toSnapshot } from '@causeway/model'
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
    setLoopInfo(doc, 'a>b', { name: 'Night worry' })
    const snapshot = toSnapshot(doc)
    const loops = labelLoops(loopsOfSnapshot(snapshot).loops)
    const s = outlineSections(snapshot, loops)
    expect(s.links).toEqual(['Sleep affects Stress (?)', 'Stress decreases Sleep (−) (delay)'])
    expect(s.loops).toEqual(['U1 (Night worry): Stress → Sleep → Stress, undecided'])
    expect(outlineAsText(s)).toContain('Homework\n\nLinks\n- Sleep affects Stress (?)')
  })
})
