import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { awarenessFrame, step1Frame, step2Frame, syncFrame, updateFrame } from './frames'

/** Shapes of hostile or broken frames, each a function of a PRNG. */
export type FrameMaker = (rnd: () => number) => Uint8Array | string

function bytes(rnd: () => number, n: number): Uint8Array {
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i++) out[i] = Math.floor(rnd() * 256)
  return out
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

/** A realistic update to mutate: a node map with a text label, like the model writes. */
function baseUpdate(rnd: () => number): Uint8Array {
  const d = new Y.Doc()
  d.clientID = 1 + Math.floor(rnd() * 1e9)
  const n = new Y.Map<unknown>()
  d.getMap('nodes').set(`n${Math.floor(rnd() * 1e6)}`, n)
  n.set('kind', 'variable')
  n.set('label', new Y.Text('hello'))
  n.set('x', 1)
  ;(n.get('label') as Y.Text).delete(1, 2)
  return Y.encodeStateAsUpdate(d)
}

function mutate(rnd: () => number, u: Uint8Array): Uint8Array {
  const out = u.slice()
  const flips = 1 + Math.floor(rnd() * 4)
  for (let i = 0; i < flips; i++) out[Math.floor(rnd() * out.length)] = Math.floor(rnd() * 256)
  return out
}

/** An update with one struct whose clock or length is absurd. */
function hugeClockUpdate(rnd: () => number): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1) // one client
  encoding.writeVarUint(e, 1) // one struct
  encoding.writeVarUint(e, 1 + Math.floor(rnd() * 1e6)) // client
  encoding.writeVarUint(e, rnd() < 0.5 ? 2 ** 50 : 0) // clock
  encoding.writeUint8(e, 0) // info 0 → GC
  encoding.writeVarUint(e, 2 ** 51) // length
  encoding.writeVarUint(e, 0) // empty delete set
  return encoding.toUint8Array(e)
}

/** An item whose parent is an id that is not a type (yjs #417 shape) or does not exist. */
function badParentUpdate(rnd: () => number): Uint8Array {
  const e = encoding.createEncoder()
  const client = 1 + Math.floor(rnd() * 1e6)
  encoding.writeVarUint(e, 1)
  encoding.writeVarUint(e, 1)
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, 0)
  encoding.writeUint8(e, 4) // ContentString, no origins → parent info follows
  encoding.writeVarUint(e, 0) // parent is an id, not a root name
  encoding.writeVarUint(e, Math.floor(rnd() * 3)) // parent client
  encoding.writeVarUint(e, Math.floor(rnd() * 5)) // parent clock
  encoding.writeVarString(e, 'boom')
  encoding.writeVarUint(e, 0)
  return encoding.toUint8Array(e)
}

export const FRAME_MAKERS: Record<string, FrameMaker> = {
  randomBytes: (r) => bytes(r, Math.floor(r() * 64)),
  empty: () => new Uint8Array(0),
  truncatedVarint: (r) => new Uint8Array(Array.from({ length: 1 + Math.floor(r() * 6) }, () => 0x80 | Math.floor(r() * 128))),
  outOfRangeVarint: () => new Uint8Array([0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]),
  unknownType: (r) => concat(new Uint8Array([4 + Math.floor(r() * 120)]), bytes(r, Math.floor(r() * 8))),
  unknownSyncType: (r) => syncFrame(3 + Math.floor(r() * 100), bytes(r, 4)),
  lengthPastEnd: (r) => concat(new Uint8Array([0, 2, 0x7f]), bytes(r, Math.floor(r() * 20))),
  trailingBytes: (r) => concat(step1Frame(new Uint8Array([0])), bytes(r, 1 + Math.floor(r() * 8))),
  text: (r) => `{"type":"update","x":${Math.floor(r() * 1e6)}}`,
  badStateVector: (r) => step1Frame(bytes(r, 1 + Math.floor(r() * 16))),
  mutatedUpdate: (r) => updateFrame(mutate(r, baseUpdate(r))),
  mutatedStep2: (r) => step2Frame(mutate(r, baseUpdate(r))),
  truncatedUpdate: (r) => {
    const u = baseUpdate(r)
    return updateFrame(u.subarray(0, Math.floor(r() * (u.length - 1))))
  },
  hugeClock: (r) => updateFrame(hugeClockUpdate(r)),
  badParent: (r) => updateFrame(badParentUpdate(r)),
  randomUpdate: (r) => updateFrame(bytes(r, 1 + Math.floor(r() * 40))),
  badAwarenessJson: (r) => {
    const e = encoding.createEncoder()
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint(e, Math.floor(r() * 1e6))
    encoding.writeVarUint(e, 1)
    encoding.writeVarString(e, '{not json')
    const outer = encoding.createEncoder()
    encoding.writeVarUint(outer, 1)
    encoding.writeVarUint8Array(outer, encoding.toUint8Array(e))
    return encoding.toUint8Array(outer)
  },
  awarenessNotObject: (r) => awarenessFrame([{ clientID: Math.floor(r() * 1e6), clock: 1, state: 42 }]),
  awarenessHugeCount: () => new Uint8Array([1, 3, 0xff, 0xff, 0x03]),
}

export const FRAME_KINDS = Object.keys(FRAME_MAKERS)
