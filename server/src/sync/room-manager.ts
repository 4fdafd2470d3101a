import type * as Y from 'yjs'
import type { BoardStore } from '../store/board-store'
import type { Metrics } from '../metrics'
import type { Logger } from '../log'
import { Room, SERVER_ORIGIN } from './room'
import type { RoomOptions } from './room'

export class RoomUnavailableError extends Error {
  constructor(
    readonly code: 'not_found' | 'load_failed',
    message: string,
  ) {
    super(message)
  }
}

export interface RoomManagerOptions extends RoomOptions {
  idleMs: number
}

/**
 * Loads boards on first use, keeps them while anyone is connected (or a server-side change is
 * running), and unloads them after an idle timeout. A board that fails to load is never
 * written to: callers get RoomUnavailableError and sockets are closed with 1011.
 */
export class RoomManager {
  private rooms = new Map<string, Room>()
  private loading = new Map<string, Promise<Room>>()
  /** Rooms writing their last updates; a reload must wait, or it would miss (and later compact away) them. */
  private unloading = new Map<string, Promise<void>>()

  constructor(
    private readonly store: BoardStore,
    private readonly metrics: Metrics,
    private readonly log: Logger,
    private readonly opts: RoomManagerOptions,
  ) {}

  get size(): number {
    return this.rooms.size
  }

  get(boardId: string): Room | undefined {
    return this.rooms.get(boardId)
  }

  all(): IterableIterator<Room> {
    return this.rooms.values()
  }

  /** The live room of a board, loading it if needed. */
  async acquire(boardId: string): Promise<Room> {
    const live = this.rooms.get(boardId)
    if (live && !live.closed) return live
    let p = this.loading.get(boardId)
    if (!p) {
      p = this.load(boardId).finally(() => this.loading.delete(boardId))
      this.loading.set(boardId, p)
    }
    return p
  }

  private async load(boardId: string): Promise<Room> {
    await this.unloading.get(boardId)
    const [board, state] = await Promise.all([this.store.getBoard(boardId), this.store.loadState(boardId)])
    if (!board || !state) throw new RoomUnavailableError('not_found', 'No such board.')
    const room = new Room(boardId, this.store, this.metrics, this.log, this.opts, (r) => this.fail(r))
    try {
      room.load(state.snapshot, state.updates, state.lastSeq, state.bytes)
    } catch (err) {
      room.destroy()
      this.metrics.roomLoadFailures.inc()
      this.log.error({ err, board: boardId }, 'board failed to load; refusing connections')
      throw new RoomUnavailableError('load_failed', 'This board could not be loaded.')
    }
    room.locked = board.locked
    this.rooms.set(boardId, room)
    this.touch(room)
    return room
  }

  /** Called when the peer set changes: an empty room unloads after the idle timeout. */
  touch(room: Room): void {
    if (room.idleTimer) clearTimeout(room.idleTimer)
    room.idleTimer = null
    if (room.peers.size > 0 || room.closed) return
    room.idleTimer = setTimeout(() => void this.unload(room), this.opts.idleMs)
    room.idleTimer.unref()
  }

  private async unload(room: Room): Promise<void> {
    if (room.peers.size > 0 || room.closed) return
    this.rooms.delete(room.id)
    const done = room.persistAndClose().finally(() => this.unloading.delete(room.id))
    this.unloading.set(room.id, done)
    await done
  }

  private fail(room: Room): void {
    for (const p of room.peers) p.close(1011, 'board unavailable')
    this.rooms.delete(room.id)
    room.destroy()
  }

  /**
   * Runs a server-side change on a board's live document in one transaction, then waits until
   * it is stored and relayed to connected clients. Used by templates, import and workshops.
   */
  async withDoc<T>(boardId: string, fn: (doc: Y.Doc) => T): Promise<T> {
    const room = await this.acquire(boardId)
    let result!: T
    room.doc.transact(() => {
      result = fn(room.doc)
    }, SERVER_ORIGIN)
    await room.flush()
    this.touch(room)
    return result
  }

  /** Reads a board's live document without changing it. */
  async readDoc<T>(boardId: string, fn: (doc: Y.Doc) => T): Promise<T> {
    const room = await this.acquire(boardId)
    const out = fn(room.doc)
    this.touch(room)
    return out
  }

  /** While locked, every connection is read-only: the server drops all writes. */
  async setBoardLocked(boardId: string, locked: boolean): Promise<void> {
    await this.store.setLocked(boardId, locked)
    const room = this.rooms.get(boardId)
    if (!room) return
    room.locked = locked
    // Edits made while locked stay in the clients' docs and every later edit builds on them;
    // without a resync those later edits would wait on the server forever.
    if (!locked) for (const p of room.peers) p.resync?.()
  }

  /** Deletes every row of a board and closes its sockets with 4404. */
  async deleteBoard(boardId: string): Promise<boolean> {
    const room = this.rooms.get(boardId)
    if (room) {
      this.rooms.delete(boardId)
      for (const p of room.peers) p.close(4404, 'board deleted')
      room.destroy()
    }
    return this.store.deleteBoard(boardId)
  }

  /** Flushes and compacts every room, closing sockets with the given code (1001 on shutdown). */
  async closeAll(code = 1001, reason = 'server shutting down'): Promise<void> {
    // Rooms still loading finish first, so none is left behind unflushed.
    await Promise.allSettled([...this.loading.values(), ...this.unloading.values()])
    const rooms = [...this.rooms.values()]
    this.rooms.clear()
    await Promise.all(
      rooms.map(async (room) => {
        // A room whose last write failed has closed itself; its sockets still get the code.
        await room.flush().catch((err: unknown) => this.log.error({ err, board: room.id }, 'unsaved changes at shutdown'))
        for (const p of room.peers) p.close(code, reason)
        await room.persistAndClose()
      }),
    )
  }
}
