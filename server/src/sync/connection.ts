import * as awarenessProtocol from 'y-protocols/awareness'
import type { WebSocket } from 'ws'
import type { Metrics } from '../metrics'
import type { Room, RoomPeer } from './room'
import {
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  parseMessage,
  ProtocolError,
} from './messages'
import type { Incoming } from './messages'
import { checkUpdateShape } from './update-guard'
import { PresenceGate } from './presence-gate'
import type { ClientIdHolds } from './client-id-holds'

export interface ConnectionLimits {
  maxDocBytes: number
  maxAwarenessBytes: number
  maxBufferedBytes: number
}

/** Who is on the other end, as far as the token says. */
export interface ConnectionAccess {
  canWrite: boolean
  /** Only a workshop facilitator's socket may announce `role: 'facilitator'` in presence. */
  isFacilitator: boolean
  /** Hash of the socket's token: identifies the link, never the token itself. */
  principal: string
}

/**
 * One sync socket in a room. Every frame is decoded completely before anything is applied;
 * a malformed frame closes the socket with 4400, a write from a read-only socket is dropped
 * and counted (the stock provider treats 44xx closes as final, and an honest viewer whose UI
 * raced a lock should keep its view, not lose it). Presence goes through its PresenceGate.
 */
export class Connection implements RoomPeer {
  readonly canWrite: boolean
  private open = true
  /** The largest frame sent so far (a big board's initial sync): a reader may lag by that much plus the limit. */
  private largestFrame = 0
  private readonly presence: PresenceGate

  constructor(
    private readonly ws: WebSocket,
    private readonly room: Room,
    access: ConnectionAccess,
    private readonly metrics: Metrics,
    private readonly limits: ConnectionLimits,
    holds: ClientIdHolds,
  ) {
    this.canWrite = access.canWrite
    this.presence = new PresenceGate({
      room,
      peer: this,
      principal: access.principal,
      isFacilitator: access.isFacilitator,
      holds,
      drop: (reason) => this.drop(reason),
      reject: (reason) => this.reject(reason, 4400),
    })
  }

  get writable(): boolean {
    return this.canWrite && !this.room.locked
  }

  start(): void {
    // Ask an editor for what it has that we lack; a viewer's answer would be refused anyway.
    this.resync()
    const states = this.room.awareness.getStates()
    if (states.size > 0) {
      this.send(
        encodeAwareness(
          awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, [...states.keys()]),
        ),
      )
    }
  }

  resync(): void {
    // A state vector carries no content, so it needs no durability wait.
    if (this.writable) this.send(encodeSyncStep1(this.room.doc))
  }

  send(frame: Uint8Array): void {
    if (!this.open || this.ws.readyState !== this.ws.OPEN) return
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes + this.largestFrame) {
      // A slow reader must not make the room buffer without bound; it resyncs on reconnect. The
      // allowance for the largest frame keeps a slow link joining a big board from being cut off
      // by the first small update that follows its initial sync.
      this.metrics.rejected.inc({ reason: 'slow_client' })
      this.open = false
      this.ws.terminate()
      return
    }
    this.metrics.bytesOut.inc({}, frame.length)
    if (frame.length > this.largestFrame) this.largestFrame = frame.length
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
        return this.presence.receive(msg.entries)
      case 'queryAwareness': {
        const ids = [...this.room.awareness.getStates().keys()]
        if (ids.length)
          this.send(
            encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, ids)),
          )
        return
      }
    }
  }

  private applyUpdate(update: Uint8Array): void {
    if (!this.writable) return this.drop(this.canWrite ? 'locked' : 'read_only')
    if (this.room.storedBytes + update.length > this.limits.maxDocBytes)
      return this.reject('doc_too_big', 4413)
    try {
      checkUpdateShape(update)
      this.room.applyClientUpdate(update, this)
    } catch (e) {
      return this.reject(e instanceof ProtocolError ? e.reason : 'bad_update', 4400)
    }
  }

  /** Cleans up after the socket is gone. */
  dispose(): void {
    this.open = false
    this.presence.dispose()
  }

  private drop(reason: string): void {
    this.metrics.rejected.inc({ reason })
  }

  private reject(reason: string, code: number): void {
    this.metrics.rejected.inc({ reason })
    this.close(code, reason)
  }
}
