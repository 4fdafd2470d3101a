import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import type { BoardStore } from '../store/board-store'
import type { Metrics } from '../metrics'
import type { Logger } from '../log'
import { encodeAwareness, encodeUpdate } from './messages'
import { ShadowDoc } from './update-guard'

/** What a room needs from a connection: somewhere to send frames and a way to close it. */
export interface RoomPeer {
  send(frame: Uint8Array): void
  close(code: number, reason: string): void
  /** The board was unlocked: ask the client again for anything the server refused. */
  resync?(): void
}

export const SERVER_ORIGIN = Symbol('server')

export interface RoomOptions {
  compactUpdates: number
  compactBytes: number
}

const MAX_PENDING_BYTES = 1024 * 1024

interface Queued {
  update: Uint8Array
  origin: unknown
}

/**
 * One live board: its Y.Doc, awareness and sockets. Every change to the doc (from a client or
 * the server) is queued, written to the store in one transaction per tick, and only then sent
 * to anyone — so nothing a client has seen can be lost by a crash.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true })
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  readonly peers = new Set<RoomPeer>()
  /** Which socket speaks for each awareness client id (one id per socket; see PresenceGate). */
  readonly awarenessOwners = new Map<number, RoomPeer>()
  locked = false
  closed = false
  /** Bytes in the store for this board (snapshot + log), plus queued bytes. */
  storedBytes = 0
  private logRows = 0
  private logBytes = 0
  private lastSeq = 0
  private queue: Queued[] = []
  /** Changes ever queued / ever stored and relayed: a waiter needs `written` to reach its mark. */
  private enqueued = 0
  private written = 0
  private waiters: { upto: number; cb: () => void; fail?: (err: Error) => void }[] = []
  private scheduled = false
  private chain: Promise<void> = Promise.resolve()
  idleTimer: NodeJS.Timeout | null = null
  private shadow: ShadowDoc | null = null

  constructor(
    readonly id: string,
    private readonly store: BoardStore,
    private readonly metrics: Metrics,
    private readonly log: Logger,
    private readonly opts: RoomOptions,
    private readonly onFatal: (room: Room) => void,
  ) {
    this.awareness.setLocalState(null)
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (this.closed) return
      // Client updates reached the shadow first; everything else (server edits) follows here.
      if (origin === SERVER_ORIGIN) this.shadow?.follow(update)
      this.queue.push({ update, origin })
      this.enqueued++
      this.storedBytes += update.length
      this.schedule()
    })
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange) => {
      const changed = [...added, ...updated, ...removed]
      const frame = encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed))
      // Echoed to the sender too, like the stock server: the provider's 30 s "no message
      // received" watchdog would otherwise reconnect a lone client on a quiet board.
      for (const p of this.peers) p.send(frame)
    })
  }

  /** Applies stored state; called once before the room is shared. */
  load(snapshot: Uint8Array | null, updates: Uint8Array[], lastSeq: number, bytes: number): void {
    this.doc.transact(() => {
      if (snapshot) Y.applyUpdate(this.doc, snapshot)
      for (const u of updates) Y.applyUpdate(this.doc, u)
    }, SERVER_ORIGIN)
    // Loading is not a change: nothing to write back.
    this.queue = []
    this.written = this.enqueued
    this.lastSeq = lastSeq
    this.logRows = updates.length
    this.logBytes = updates.reduce((n, u) => n + u.length, 0)
    this.storedBytes = bytes
    this.shadow = new ShadowDoc(this.doc)
  }

  /**
   * Applies a client update that passed the shape check: first to the shadow, then for real. Should the real
   * apply still throw, the doc can no longer be trusted: the room is dropped without writing
   * what is queued, and clients resync from the store when they reconnect.
   */
  applyClientUpdate(update: Uint8Array, origin: RoomPeer): void {
    // Throws ProtocolError for an update the shadow could not take; the real doc is untouched.
    this.shadow?.tryApply(update)
    try {
      Y.applyUpdate(this.doc, update, origin)
    } catch (err) {
      this.log.error({ err, board: this.id }, 'update passed the shadow but failed; reloading room')
      this.queue = []
      this.onFatal(this)
      return
    }
    // Updates whose dependencies never arrive wait in memory; cap that so it cannot grow unbounded.
    const pending = this.doc.store.pendingStructs
    if (pending && pending.update.length > MAX_PENDING_BYTES) {
      this.doc.store.pendingStructs = null
      this.shadow?.clearPending()
      this.metrics.rejected.inc({ reason: 'pending_overflow' })
    }
  }

  /**
   * Runs cb once every change queued so far is stored and relayed. Later changes do not delay
   * it, so joiners are never starved by a busy room. Callers that send document state compute
   * it before calling, so what they send is exactly what will be durable when it goes out.
   */
  whenDurable(cb: () => void, fail?: (err: Error) => void): void {
    if (this.written >= this.enqueued) return cb()
    // A closed room will never write what is left: say so rather than hang or claim success.
    if (this.closed) return fail?.(notStored(this.id))
    this.waiters.push({ upto: this.enqueued, cb, ...(fail ? { fail } : {}) })
    this.schedule()
  }

  /**
   * Resolves once every change made so far is stored and relayed; rejects if the room closes
   * first (a failed store write, a deleted board), so no caller reports an unsaved change as saved.
   */
  flush(): Promise<void> {
    return new Promise((resolve, reject) => this.whenDurable(resolve, reject))
  }

  private schedule(): void {
    if (this.scheduled || this.closed) return
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      this.chain = this.chain
        .then(() => this.writeBatch())
        .catch((err: unknown) => {
          this.log.error({ err, board: this.id }, 'group commit failed; closing room')
          this.onFatal(this)
        })
    })
  }

  private async writeBatch(): Promise<void> {
    if (this.closed) return
    const batch = this.queue.splice(0)
    if (batch.length > 0) {
      let seq: number | null
      try {
        seq = await this.store.appendUpdates(
          this.id,
          batch.map((q) => q.update),
        )
      } catch (err) {
        // Unstored changes must not reach anyone; clients resend them after reconnecting.
        this.log.error({ err, board: this.id }, 'store write failed; closing room')
        this.onFatal(this)
        return
      }
      if (seq === null) {
        this.onFatal(this)
        return
      }
      this.lastSeq = seq
      this.logRows += batch.length
      for (const q of batch) {
        this.logBytes += q.update.length
        this.metrics.updatesTotal.inc()
        const frame = encodeUpdate(q.update)
        for (const p of this.peers) if (p !== q.origin) p.send(frame)
      }
    }
    this.written += batch.length
    if (this.queue.length > 0) this.schedule()
    const ready = this.waiters.filter((w) => w.upto <= this.written)
    this.waiters = this.waiters.filter((w) => w.upto > this.written)
    for (const w of ready) w.cb()
    if (this.logRows > this.opts.compactUpdates || this.logBytes > this.opts.compactBytes) await this.compact()
  }

  /** Merges snapshot + log into one garbage-collected snapshot. */
  async compact(): Promise<void> {
    if (this.closed || this.logRows === 0) return
    const snapshot = Y.encodeStateAsUpdate(this.doc)
    const upto = this.lastSeq
    try {
      await this.store.compact(this.id, snapshot, upto)
    } catch (err) {
      this.log.warn({ err, board: this.id }, 'compaction failed; log kept')
      return
    }
    this.metrics.compactions.inc()
    this.logRows = 0
    this.logBytes = 0
    this.storedBytes = snapshot.length + this.queue.reduce((n, q) => n + q.update.length, 0)
  }

  /** Flushes and compacts; used on unload and shutdown. */
  async persistAndClose(): Promise<void> {
    if (!this.closed) {
      // A failed write has already closed the room (onFatal); there is nothing more to save.
      await this.flush().catch(() => {})
      await this.chain
      await this.compact()
    }
    this.destroy()
  }

  destroy(): void {
    this.closed = true
    if (this.idleTimer) clearTimeout(this.idleTimer)
    this.peers.clear()
    // Waiters whose changes were written finish; the rest learn their change was not stored
    // (a waiter without `fail` was going to answer a socket, which is gone).
    for (const w of this.waiters.splice(0)) {
      if (w.upto <= this.written) w.cb()
      else w.fail?.(notStored(this.id))
    }
    this.awareness.destroy()
    this.shadow?.destroy()
    this.doc.destroy()
  }
}

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

function notStored(boardId: string): Error {
  return new Error(`board ${boardId} closed before the change was stored`)
}
