import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import type { WebSocket } from 'ws'

/** Hand-built y-websocket frames for tests that play a misbehaving client. */
export function syncFrame(sub: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 0)
  encoding.writeVarUint(e, sub)
  encoding.writeVarUint8Array(e, payload)
  return encoding.toUint8Array(e)
}

export const updateFrame = (u: Uint8Array) => syncFrame(2, u)
export const step2Frame = (u: Uint8Array) => syncFrame(1, u)
export const step1Frame = (sv: Uint8Array) => syncFrame(0, sv)

export function awarenessFrame(entries: { clientID: number; clock: number; state: unknown }[]): Uint8Array {
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, entries.length)
  for (const en of entries) {
    encoding.writeVarUint(inner, en.clientID)
    encoding.writeVarUint(inner, en.clock)
    encoding.writeVarString(inner, JSON.stringify(en.state))
  }
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1)
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner))
  return encoding.toUint8Array(e)
}

export const QUERY_AWARENESS = new Uint8Array([3])

/** A valid update that adds one map entry, made on a separate doc. */
export function someUpdate(key = 'evil', value: unknown = 'x'): Uint8Array {
  const d = new Y.Doc()
  d.getMap('nodes').set(key, value as never)
  return Y.encodeStateAsUpdate(d)
}

/** Resolves once the socket is open. */
export function opened(ws: WebSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ws.readyState === ws.OPEN) return resolve()
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
}

/**
 * Sends sync step 1 and waits for the step 2 answer, which goes only to the asker: the server
 * handles a socket's frames in order, so once it answers, everything sent before was dealt with.
 */
export function roundTrip(ws: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    const onMsg = (data: Buffer) => {
      if (data[0] === 0 && data[1] === 1) {
        ws.off('message', onMsg)
        resolve()
      }
    }
    ws.on('message', onMsg)
    ws.send(step1Frame(new Uint8Array([0])))
  })
}

export { awarenessProtocol }
