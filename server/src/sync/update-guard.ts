import * as Y from 'yjs'
import { ProtocolError } from './messages'

/** Honest clocks count inserted characters; nothing in a school board gets near 2^40. */
const MAX_CLOCK = 2 ** 40
const MAX_CLIENT_ID = 2 ** 53 - 1

/**
 * Structural check of a Yjs v1 update: it must decode completely, and ids, clocks and lengths
 * must be in range (huge lengths are how crafted updates blow up memory or loops).
 */
export function checkUpdateShape(update: Uint8Array): void {
  let decoded: ReturnType<typeof Y.decodeUpdate>
  try {
    decoded = Y.decodeUpdate(update)
  } catch {
    throw new ProtocolError('bad_update')
  }
  for (const s of decoded.structs) {
    const { client, clock } = s.id
    if (!Number.isSafeInteger(client) || client > MAX_CLIENT_ID) throw new ProtocolError('bad_update')
    if (!(s.length > 0) || clock + s.length > MAX_CLOCK) throw new ProtocolError('bad_update')
  }
  for (const [client, items] of decoded.ds.clients) {
    if (client > MAX_CLIENT_ID) throw new ProtocolError('bad_update')
    for (const it of items) if (!(it.len > 0) || it.clock + it.len > MAX_CLOCK) throw new ProtocolError('bad_update')
  }
}

/**
 * Applies the update to a throwaway copy of the room's document first. A crafted update can
 * throw half-way through integration (yjs #417/#687 style), leaving a doc permanently broken;
 * only an update that applies cleanly to the copy is allowed near the real document.
 */
export function probeUpdate(doc: Y.Doc, update: Uint8Array): void {
  const probe = new Y.Doc({ gc: true })
  try {
    Y.applyUpdate(probe, Y.encodeStateAsUpdate(doc))
    Y.applyUpdate(probe, update)
    // The result must also encode again, or the next client to join would get a broken state.
    Y.encodeStateAsUpdate(probe)
  } catch {
    throw new ProtocolError('update_failed')
  } finally {
    probe.destroy()
  }
}
