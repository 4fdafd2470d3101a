import * as awarenessProtocol from 'y-protocols/awareness'
import type { Room, RoomPeer } from './room'
import type { AwarenessEntry } from './messages'
import { encodeAwarenessEntries } from './messages'
import type { ClientIdHolds } from './client-id-holds'
import { claimsFacilitator } from '../workshops/facilitator-presence'

export interface PresenceGateDeps {
  room: Room
  /** The socket this gate belongs to: recorded as the owner of the id it speaks for. */
  peer: RoomPeer
  /** Hash of the socket's token: the only link that may take the id back after a disconnect. */
  principal: string
  /** Only a workshop facilitator's socket may announce `role: 'facilitator'`. */
  isFacilitator: boolean
  holds: ClientIdHolds
  drop(reason: string): void
  reject(reason: string): void
}

/** One socket's presence: which client id it speaks for. */
export class PresenceGate {
  /** The awareness client id this socket speaks for: the first claimable one it announces. */
  private owned: number | null = null

  constructor(private readonly d: PresenceGateDeps) {}

  receive(entries: AwarenessEntry[]): void {
    const { room } = this.d
    let latest: AwarenessEntry | null = null
    let foreign = 0
    for (const e of entries) {
      if (this.owned === null && !room.awarenessOwners.has(e.clientID) && this.d.holds.claim(room.id, e.clientID, this.d.principal)) {
        this.owned = e.clientID
        room.awarenessOwners.set(e.clientID, this.d.peer)
      }
      if (e.clientID !== this.owned) foreign++
      else if (!latest || supersedes(e, latest)) latest = e
    }
    // Stock providers echo other people's presence; those entries are ignored, never applied.
    if (foreign > 0) this.d.drop('awareness_spoof')
    if (!latest) return
    // Follow-me: only the workshop facilitator's socket may present itself as the facilitator.
    if (!this.d.isFacilitator && claimsFacilitator(latest.state)) return this.d.drop('awareness_role')
    this.apply(latest)
  }

  private apply(entry: AwarenessEntry): void {
    const { room } = this.d
    let e = entry
    // A reconnecting provider announces itself with the clock it had, but the server (and so
    // every peer) counted its removal one higher and would ignore it for two renewals (~30 s).
    // Only the id's owner gets here, so its state is taken over the removal.
    const meta = room.awareness.meta.get(e.clientID)
    if (e.state !== null && meta && e.clock <= meta.clock && !room.awareness.states.has(e.clientID)) {
      e = { ...e, clock: meta.clock + 1 }
    }
    try {
      awarenessProtocol.applyAwarenessUpdate(room.awareness, encodeAwarenessEntries([e]), this.d.peer)
    } catch {
      this.d.reject('bad_awareness')
    }
  }

  /** The socket is gone: its presence is removed and its id held for its link for a while. */
  dispose(): void {
    const { room } = this.d
    const id = this.owned
    if (id === null || room.awarenessOwners.get(id) !== this.d.peer) return
    room.awarenessOwners.delete(id)
    this.d.holds.hold(room.id, id, this.d.principal)
    if (!room.closed) awarenessProtocol.removeAwarenessStates(room.awareness, [id], null)
  }
}

/** Whether y-protocols, given `b` and then `a`, would end up with `a`. */
function supersedes(a: AwarenessEntry, b: AwarenessEntry): boolean {
  return a.clock > b.clock || (a.clock === b.clock && a.state === null)
}
