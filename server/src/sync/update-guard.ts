import * as Y from 'yjs'
import { ProtocolError } from './messages'

/** Honest clocks count inserted characters; nothing in a school board gets near 2^40. */
const MAX_CLOCK = 2 ** 40
const MAX_CLIENT_ID = 2 ** 53 - 1

/**
 * meta keys only the server writes (workshop lock state and broadcasts): a participant who
 * wrote them could show their team a fake facilitator message or a fake unlocked board.
 */
export const SERVER_META_KEYS: readonly string[] = ['locked', 'broadcast']

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
    if (!Number.isSafeInteger(client) || client > MAX_CLIENT_ID)
      throw new ProtocolError('bad_update')
    if (!(s.length > 0) || clock + s.length > MAX_CLOCK) throw new ProtocolError('bad_update')
  }
  for (const [client, items] of decoded.ds.clients) {
    if (client > MAX_CLIENT_ID) throw new ProtocolError('bad_update')
    for (const it of items)
      if (!(it.len > 0) || it.clock + it.len > MAX_CLOCK) throw new ProtocolError('bad_update')
  }
}

/**
 * A shadow copy of a room's document that every client update is applied to first. A crafted
 * update can throw half-way through integration (yjs #417/#687 style) and leave a doc broken;
 * only an update that applied cleanly to the shadow may touch the real document. Keeping the
 * shadow in step costs one extra apply per update instead of a full copy per update.
 */
export class ShadowDoc {
  private doc: Y.Doc

  constructor(private readonly source: Y.Doc) {
    this.doc = ShadowDoc.copy(source)
  }

  private static copy(source: Y.Doc): Y.Doc {
    const d = new Y.Doc({ gc: true })
    Y.applyUpdate(d, Y.encodeStateAsUpdate(source))
    return d
  }

  /**
   * Applies a client update to the shadow; throws ProtocolError (and rebuilds) if it fails or
   * touches a server-only meta key.
   */
  tryApply(update: Uint8Array): void {
    let reason = ''
    const meta = this.doc.getMap('meta')
    const watch = (tr: Y.Transaction) => {
      for (const [type, keys] of tr.changed) {
        if ((type as unknown) === meta && SERVER_META_KEYS.some((k) => keys.has(k))) reason = 'server_meta'
      }
    }
    this.doc.on('afterTransaction', watch)
    try {
      Y.applyUpdate(this.doc, update)
    } catch {
      reason = 'update_failed'
    } finally {
      this.doc.off('afterTransaction', watch)
    }
    if (!reason) return
    // The shadow may now be half-changed: start it again from the real document.
    this.doc.destroy()
    this.doc = ShadowDoc.copy(this.source)
    throw new ProtocolError(reason)
  }

  /** Keeps the shadow in step with changes that did not come through tryApply (server edits). */
  follow(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update)
  }

  /** Drops pending structs in step with the real doc, so both stay identical. */
  clearPending(): void {
    this.doc.store.pendingStructs = null
  }

  destroy(): void {
    this.doc.destroy()
  }
}
