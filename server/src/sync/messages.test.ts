import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseMessage, ProtocolError } from './messages'
import { awarenessFrame, step1Frame, updateFrame } from '../testing/frames'
import { checkUpdateShape } from './update-guard'

function reason(frame: Uint8Array): string {
  try {
    parseMessage(frame, 1024)
    return 'ok'
  } catch (e) {
    return e instanceof ProtocolError ? e.reason : 'other'
  }
}

describe('parseMessage', () => {
  it('decodes the y-websocket message types', () => {
    const d = new Y.Doc()
    d.getMap('m').set('k', 1)
    expect(parseMessage(step1Frame(Y.encodeStateVector(d)), 1024).type).toBe('sync1')
    expect(parseMessage(updateFrame(Y.encodeStateAsUpdate(d)), 1024).type).toBe('update')
    expect(parseMessage(new Uint8Array([3]), 1024).type).toBe('queryAwareness')
    const a = parseMessage(awarenessFrame([{ clientID: 5, clock: 2, state: { user: 'x' } }]), 1024)
    expect(a.type === 'awareness' && a.entries[0]).toEqual({ clientID: 5, clock: 2, state: { user: 'x' } })
  })

  it('rejects trailing bytes, truncation, unknown types and oversize awareness', () => {
    expect(reason(new Uint8Array([3, 0]))).toBe('trailing_bytes')
    expect(reason(new Uint8Array([0, 2, 10, 1]))).toBe('truncated')
    expect(reason(new Uint8Array([0x80]))).toBe('bad_varint')
    expect(reason(new Uint8Array([]))).toBe('truncated')
    expect(reason(new Uint8Array([7]))).toBe('unknown_type')
    expect(reason(new Uint8Array([0, 9, 0]))).toBe('unknown_sync_type')
    expect(reason(awarenessFrame([{ clientID: 1, clock: 1, state: { s: 'x'.repeat(2000) } }]))).toBe('awareness_too_big')
    expect(reason(awarenessFrame([{ clientID: 1, clock: 1, state: [1] }]))).toBe('bad_awareness')
  })

  it('never reads past the frame into a shared buffer', () => {
    // A frame that claims 5 payload bytes but is a view into a larger buffer holding more.
    const big = new Uint8Array([0, 2, 5, 1, 2, 9, 9, 9, 9])
    expect(reason(big.subarray(0, 5))).toBe('truncated')
  })
})

describe('checkUpdateShape', () => {
  it('accepts real updates and refuses garbage and absurd clocks', () => {
    const d = new Y.Doc()
    d.getText('t').insert(0, 'hello')
    expect(() => checkUpdateShape(Y.encodeStateAsUpdate(d))).not.toThrow()
    expect(() => checkUpdateShape(new Uint8Array([1, 1, 5, 0x80]))).toThrow(ProtocolError)
  })
})
