import * as awarenessProtocol from 'y-protocols/awareness'
import type { WebSocket } from 'ws'
import type { Metrics } from '../metrics'
import type { Room, RoomPeer } from './room'
import { encodeAwareness, encodeAwarenessEntries, encodeSyncStep1, encodeSyncStep2, parseMessage, ProtocolError } from './messages'
import type { AwarenessEntry, Incoming } from './messages'
import { checkUpdateShape } from './update-guard'
import { claimsFacilitator } from '../workshops/facilitator-presence'

export interface ConnectionLimits {
  maxDocBytes: number
  maxAwarenessBytes: number
  maxBufferedBytes: number
}

/**
 * One sync socket in a room. Every frame is decoded completely before anything is applied;
 * a malformed frame closes the socket with 4400, a write from a read-only socket is dropped
 * and counted (the stock provider treats 44xx closes as final, and an honest viewer whose UI
 * raced a lock should keep its view, not lose it).
 */
export class Connection implements RoomPeer {
  /** The awareness client id this socket speaks for: the first one it announces. */
  private ownedClientId: number | null = null
  private open = true

  constructor(
    private readonly ws: WebSocket,
    private readonly room: Room,
    readonly canWrite: boolean,
    private readonly metrics: Metrics,
    private readonly limits: ConnectionLimits,
    /** Only a workshop facilitator's socket may announce `role: 'facilitator'` in presence. */
    private readonly isFacilitator = false,
  ) {}

  get writable(): boolean {
    return this.canWrite && !this.room.locked
  }

  start(): void {
    // Ask an editor for what it has that we lack; a viewer's answer would be refused anyway.
    this.resync()
    const states = this.room.awareness.getStates()
    if (states.size > 0) {
      this.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, [...states.keys()])))
    }
  }

  resync(): void {
    // A state vector carries no content, so it needs no durability wait.
    if (this.writable) this.send(encodeSyncStep1(this.room.doc))
  }

  send(frame: Uint8Array): void {
    if (!this.open || this.ws.readyState !== this.ws.OPEN) return
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      // A slow reader must not make the room buffer without bound; it resyncs on reconnect.
      this.metrics.rejected.inc({ reason: 'slow_client' })
      this.open = false
      this.ws.terminate()
      return
    }
    this.metrics.bytesOut.inc({}, frame.length)
    this.ws.send(frame)
  }

  close(code: number, reason: string): void {
    if (!this.open) return
    this.open = false
    this.ws.close(code, reason)
  }

  /** Handles one frame; returns nothing, reports problems by metric and close code. */
  receive(data: Uint8Array, isBinary: boolean): void {
    if (!this.open || this.room.closed) return
    this.metrics.messagesIn.inc()
    this.metrics.bytesIn.inc({}, data.length)
    if (!isBinary) return this.reject('text_frame', 4400)
    let msg: Incoming
    try {
      msg = parseMessage(data, this.limits.maxAwarenessBytes)
    } catch (e) {
      return this.reject(e instanceof ProtocolError ? e.reason : 'malformed', 4400)
    }
    switch (msg.type) {
      case 'sync1': {
        // Sync step 2 may only carry stored state: computed now, sent once what it holds is stored.
        let reply: Uint8Array
        try {
          reply = encodeSyncStep2(this.room.doc, msg.stateVector)
        } catch {
          return this.reject('bad_state_vector', 4400)
        }
        this.room.whenDurable(() => this.send(reply))
        return
      }
      case 'sync2':
      case 'update':
        return this.applyUpdate(msg.update)
      case 'awareness':
        return this.applyAwareness(msg.entries)
      case 'queryAwareness': {
        const ids = [...this.room.awareness.getStates().keys()]
        if (ids.length) this.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, ids)))
        return
      }
    }
  }

  private applyUpdate(update: Uint8Array): void {
    if (!this.writable) return this.drop(this.canWrite ? 'locked' : 'read_only')
    if (this.room.storedBytes + update.length > this.limits.maxDocBytes) return this.reject('doc_too_big', 4413)
    try {
      checkUpdateShape(update)
      this.room.applyClientUpdate(update, this)
    } catch (e) {
      return this.reject(e instanceof ProtocolError ? e.reason : 'bad_update', 4400)
    }
  }

  private applyAwareness(entries: AwarenessEntry[]): void {
    const mine: AwarenessEntry[] = []
    for (const e of entries) {
      // Claim the first id this socket announces that no other socket in the room speaks for.
      if (this.ownedClientId === null && !this.room.awarenessOwners.has(e.clientID)) {
        this.ownedClientId = e.clientID
        this.room.awarenessOwners.set(e.clientID, this)
      }
      if (e.clientID === this.ownedClientId) mine.push(e)
    }
    // Stock providers echo other people's presence; those entries are ignored, never applied.
    if (mine.length < entries.length) this.drop('awareness_spoof')
    if (mine.length === 0) return
    // Follow-me: only the workshop facilitator's socket may present itself as the facilitator.
    if (!this.isFacilitator && mine.some((e) => claimsFacilitator(e.state))) return this.drop('awareness_role')
    try {
      awarenessProtocol.applyAwarenessUpdate(this.room.awareness, encodeAwarenessEntries(mine), this)
    } catch {
      this.reject('bad_awareness', 4400)
    }
  }

  /** Cleans up after the socket is gone. */
  dispose(): void {
    this.open = false
    if (this.ownedClientId !== null && !this.room.closed) {
      if (this.room.awarenessOwners.get(this.ownedClientId) === this) this.room.awarenessOwners.delete(this.ownedClientId)
      awarenessProtocol.removeAwarenessStates(this.room.awareness, [this.ownedClientId], null)
    }
  }

  private drop(reason: string): void {
    this.metrics.rejected.inc({ reason })
  }

  private reject(reason: string, code: number): void {
    this.metrics.rejected.inc({ reason })
    this.close(code, reason)
  }
}
