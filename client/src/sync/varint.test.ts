import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeSyncStep1, writeVarUint } from './varint'

describe('encodeSyncStep1', () => {
  it('frames a state vector as sync message, step 1', () => {
    const doc = new Y.Doc()
    doc.getMap('m').set('a', 1)
    const sv = Y.encodeStateVector(doc)
    expect(Array.from(encodeSyncStep1(sv))).toEqual([0, 0, sv.length, ...sv])
  })
  it('encodes multi-byte varints like lib0', () => {
    const out: number[] = []
    writeVarUint(out, 300)
    expect(out).toEqual([0xac, 0x02])
  })
})
