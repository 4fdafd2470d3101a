import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addVariable, restoreSnapshot, toBoardJson, toSnapshot } from '@causeway/model'
import { jsonToSnapshot, versionSvg } from './versionSvg'

describe('version preview', () => {
  it('draws a saved version from its board JSON, and restoring that JSON gives the same board', () => {
    const doc = new Y.Doc()
    const a = addVariable(doc, { label: 'Sleep', x: 0, y: 0 })
    const b = addVariable(doc, { label: 'Stress <high>', x: 200, y: 0 })
    addLink(doc, { source: a, target: b, polarity: '-' })
    const json = toBoardJson(toSnapshot(doc))
    expect(jsonToSnapshot(json)).toEqual(toSnapshot(doc))
    const svg = versionSvg(json, 'Preview')
    expect(svg).toContain('Sleep')
    expect(svg).toContain('Stress &#60;high&#62;')

    const other = new Y.Doc()
    addVariable(other, { label: 'Mood', x: 0, y: 0 })
    restoreSnapshot(other, json)
    const labels = Object.values(toSnapshot(other).nodes).map((n) => n.label)
    expect(labels.sort()).toEqual(['Sleep', 'Stress <high>'])
  })
})
