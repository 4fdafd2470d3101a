import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import type * as Y from 'yjs'

/** y-websocket message types (the stock WebsocketProvider speaks these). */
export const MSG_SYNC = 0
export const MSG_AWARENESS = 1
export const MSG_AUTH = 2
export const MSG_QUERY_AWARENESS = 3

export interface AwarenessEntry {
  clientID: number
  clock: number
  state: unknown
}

export type Incoming =
  | { type: 'sync1'; stateVector: Uint8Array }
  | { type: 'sync2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array; entries: AwarenessEntry[] }
  | { type: 'queryAwareness' }

/** Why a frame was refused; also the label of the rejected-messages metric. */
export class ProtocolError extends Error {
  constructor(readonly reason: string) {
    super(reason)
  }
}

const MAX_SV_CLIENTS = 100_000
const MAX_AWARENESS_ENTRIES = 64

function readUint(d: decoding.Decoder): number {
  if (d.pos >= d.arr.length) throw new ProtocolError('truncated')
  try {
    return decoding.readVarUint(d)
  } catch {
    throw new ProtocolError('bad_varint')
  }
}

/**
 * lib0's own readVarUint8Array trusts the length and views into the underlying ArrayBuffer,
 * which for a pooled Node Buffer is bigger than the frame; bounds are checked here instead.
 */
function readBytes(d: decoding.Decoder): Uint8Array {
  const len = readUint(d)
  if (len > d.arr.length - d.pos) throw new ProtocolError('truncated')
  const out = d.arr.subarray(d.pos, d.pos + len)
  d.pos += len
  return out
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

function readString(d: decoding.Decoder): string {
  try {
    return utf8.decode(readBytes(d))
  } catch (e) {
    if (e instanceof ProtocolError) throw e
    throw new ProtocolError('bad_utf8')
  }
}

function end(d: decoding.Decoder): void {
  if (d.pos !== d.arr.length) throw new ProtocolError('trailing_bytes')
}

function checkStateVector(sv: Uint8Array): void {
  const d = decoding.createDecoder(sv)
  const n = readUint(d)
  if (n > MAX_SV_CLIENTS) throw new ProtocolError('bad_state_vector')
  for (let i = 0; i < n; i++) {
    readUint(d)
    readUint(d)
  }
  end(d)
}

function parseAwareness(update: Uint8Array, maxStateBytes: number): AwarenessEntry[] {
  const d = decoding.createDecoder(update)
  const n = readUint(d)
  if (n === 0 || n > MAX_AWARENESS_ENTRIES) throw new ProtocolError('bad_awareness')
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < n; i++) {
    const clientID = readUint(d)
    const clock = readUint(d)
    const json = readString(d)
    if (json.length > maxStateBytes) throw new ProtocolError('awareness_too_big')
    let state: unknown
    try {
      state = JSON.parse(json)
    } catch {
      throw new ProtocolError('bad_awareness')
    }
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) throw new ProtocolError('bad_awareness')
    entries.push({ clientID, clock, state })
  }
  end(d)
  return entries
}

/** Decodes one binary frame completely (no trailing bytes) or throws a ProtocolError. */
export function parseMessage(data: Uint8Array, maxAwarenessBytes: number): Incoming {
  const d = decoding.createDecoder(data)
  const type = readUint(d)
  if (type === MSG_SYNC) {
    const sub = readUint(d)
    const payload = readBytes(d)
    end(d)
    if (sub === syncProtocol.messageYjsSyncStep1) {
      checkStateVector(payload)
      return { type: 'sync1', stateVector: payload }
    }
    if (sub === syncProtocol.messageYjsSyncStep2) return { type: 'sync2', update: payload }
    if (sub === syncProtocol.messageYjsUpdate) return { type: 'update', update: payload }
    throw new ProtocolError('unknown_sync_type')
  }
  if (type === MSG_AWARENESS) {
    const update = readBytes(d)
    end(d)
    return { type: 'awareness', update, entries: parseAwareness(update, maxAwarenessBytes) }
  }
  if (type === MSG_QUERY_AWARENESS) {
    end(d)
    return { type: 'queryAwareness' }
  }
  throw new ProtocolError('unknown_type')
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MSG_SYNC)
  syncProtocol.writeSyncStep1(e, doc)
  return encoding.toUint8Array(e)
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MSG_SYNC)
  syncProtocol.writeSyncStep2(e, doc, stateVector)
  return encoding.toUint8Array(e)
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MSG_SYNC)
  syncProtocol.writeUpdate(e, update)
  return encoding.toUint8Array(e)
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MSG_AWARENESS)
  encoding.writeVarUint8Array(e, update)
  return encoding.toUint8Array(e)
}

/** The inner awareness update for a set of entries (the format applyAwarenessUpdate reads). */
export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, entries.length)
  for (const en of entries) {
    encoding.writeVarUint(e, en.clientID)
    encoding.writeVarUint(e, en.clock)
    encoding.writeVarString(e, JSON.stringify(en.state))
  }
  return encoding.toUint8Array(e)
}
