import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BoardRecord, BoardStore, NewBoard, Role, StoredBoardState } from './board-store'
import { hashToken, newToken } from './tokens'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT,
  created_at INTEGER NOT NULL,
  locked INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS tokens (
  hash TEXT NOT NULL,
  board_id TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  -- a workshop's facilitator token is one hash valid on each of its team boards
  PRIMARY KEY (hash, board_id)
);
CREATE INDEX IF NOT EXISTS tokens_board ON tokens(board_id);
CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_board ON updates(board_id, seq);
-- named versions (server/src/versions); here so deleteBoard can remove them with the board
CREATE TABLE IF NOT EXISTS board_versions (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS board_versions_board ON board_versions(board_id, created_at);
CREATE TABLE IF NOT EXISTS snapshots (
  board_id TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  upto_seq INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
`

interface BoardRow {
  id: string
  title: string
  template: string | null
  created_at: number
  locked: number
}

interface PendingAppend {
  boardId: string
  updates: Uint8Array[]
  resolve: (seq: number | null) => void
  reject: (err: unknown) => void
}

export interface SqliteStoreOptions {
  dataDir: string
  synchronous?: 'FULL' | 'NORMAL'
  /** Called with the duration of every write transaction, for the latency histogram. */
  onWrite?: (seconds: number) => void
}

/**
 * better-sqlite3 is synchronous; each method does its work at once and returns a settled
 * promise, so callers are already written for an async (networked) store.
 */
export class SqliteBoardStore implements BoardStore {
  private db: Database.Database
  private onWrite: (seconds: number) => void
  private appends: PendingAppend[] = []
  private boardExists: Database.Statement
  private insertUpdate: Database.Statement

  constructor(opts: SqliteStoreOptions) {
    mkdirSync(opts.dataDir, { recursive: true })
    this.db = new Database(join(opts.dataDir, 'causeway.db'))
    this.db.pragma('journal_mode = WAL')
    // WAL + FULL fsyncs each commit: with group commit per tick that is one fsync per tick,
    // and an update relayed to anyone survives even a power cut, not only kill -9.
    this.db.pragma(`synchronous = ${opts.synchronous ?? 'FULL'}`)
    this.db.pragma('busy_timeout = 5000')
    this.db.pragma('foreign_keys = ON')
    this.db.exec(SCHEMA)
    this.onWrite = opts.onWrite ?? (() => {})
    this.boardExists = this.db.prepare('SELECT 1 FROM boards WHERE id = ?')
    this.insertUpdate = this.db.prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)')
  }

  private timed<T>(fn: () => T): T {
    const start = process.hrtime.bigint()
    try {
      return fn()
    } finally {
      this.onWrite(Number(process.hrtime.bigint() - start) / 1e9)
    }
  }

  async createBoard(b: NewBoard): Promise<void> {
    this.timed(() =>
      this.db.transaction(() => {
        this.db
          .prepare('INSERT INTO boards (id, title, template, created_at, locked) VALUES (?, ?, ?, ?, 0)')
          .run(b.id, b.title, b.template, b.createdAt)
        this.db
          .prepare('INSERT INTO snapshots (board_id, data, upto_seq, updated_at) VALUES (?, ?, 0, ?)')
          .run(b.id, Buffer.from(b.snapshot), Date.now())
      })(),
    )
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const row = this.db.prepare('SELECT * FROM boards WHERE id = ?').get(id) as BoardRow | undefined
    if (!row) return null
    return { id: row.id, title: row.title, template: row.template, createdAt: row.created_at, locked: row.locked === 1 }
  }

  async deleteBoard(id: string): Promise<boolean> {
    return this.timed(() =>
      this.db.transaction(() => {
        const r = this.db.prepare('DELETE FROM boards WHERE id = ?').run(id)
        this.db.prepare('DELETE FROM tokens WHERE board_id = ?').run(id)
        this.db.prepare('DELETE FROM updates WHERE board_id = ?').run(id)
        this.db.prepare('DELETE FROM snapshots WHERE board_id = ?').run(id)
        this.db.prepare('DELETE FROM board_versions WHERE board_id = ?').run(id)
        return r.changes > 0
      })(),
    )
  }

  async setLocked(id: string, locked: boolean): Promise<void> {
    this.timed(() => this.db.prepare('UPDATE boards SET locked = ? WHERE id = ?').run(locked ? 1 : 0, id))
  }

  async mintToken(boardId: string, role: Role): Promise<string> {
    const token = newToken()
    this.timed(() =>
      this.db
        .prepare('INSERT INTO tokens (hash, board_id, role, created_at) VALUES (?, ?, ?, ?)')
        .run(hashToken(token), boardId, role, Date.now()),
    )
    return token
  }

  async revokeTokens(boardId: string, role: Role): Promise<number> {
    return this.timed(() => this.db.prepare('DELETE FROM tokens WHERE board_id = ? AND role = ?').run(boardId, role).changes)
  }

  async checkToken(boardId: string, token: string): Promise<Role | null> {
    const row = this.db
      .prepare('SELECT role FROM tokens WHERE hash = ? AND board_id = ?')
      .get(hashToken(token), boardId) as { role: string } | undefined
    return row ? row.role : null
  }

  async loadState(boardId: string): Promise<StoredBoardState | null> {
    return this.db.transaction(() => {
      const board = this.db.prepare('SELECT 1 FROM boards WHERE id = ?').get(boardId)
      if (!board) return null
      const snap = this.db.prepare('SELECT data FROM snapshots WHERE board_id = ?').get(boardId) as
        | { data: Buffer }
        | undefined
      const rows = this.db
        .prepare('SELECT seq, data FROM updates WHERE board_id = ? ORDER BY seq')
        .all(boardId) as { seq: number; data: Buffer }[]
      let bytes = snap ? snap.data.length : 0
      for (const r of rows) bytes += r.data.length
      return {
        snapshot: snap ? new Uint8Array(snap.data) : null,
        updates: rows.map((r) => new Uint8Array(r.data)),
        lastSeq: rows.length ? rows[rows.length - 1]!.seq : 0,
        bytes,
      }
    })()
  }

  /**
   * Appends are queued and every board's appends of one event-loop turn go into ONE transaction:
   * with 60 busy rooms that is one fsync per tick instead of 60, each of which would block the loop.
   */
  appendUpdates(boardId: string, updates: Uint8Array[]): Promise<number | null> {
    return new Promise((resolve, reject) => {
      this.appends.push({ boardId, updates, resolve, reject })
      if (this.appends.length === 1) setImmediate(() => this.flushAppends())
    })
  }

  private flushAppends(): void {
    const batch = this.appends.splice(0)
    if (batch.length === 0 || !this.db.open) {
      for (const a of batch) a.reject(new Error('store closed'))
      return
    }
    let seqs: (number | null)[]
    try {
      seqs = this.timed(() => this.db.transaction(() => batch.map((a) => this.insertUpdates(a.boardId, a.updates)))())
    } catch (err) {
      for (const a of batch) a.reject(err)
      return
    }
    batch.forEach((a, i) => a.resolve(seqs[i]!))
  }

  private insertUpdates(boardId: string, updates: Uint8Array[]): number | null {
    // A board deleted while its last updates were queued must not get rows back.
    if (!this.boardExists.get(boardId)) return null
    let last = 0
    for (const u of updates) last = Number(this.insertUpdate.run(boardId, Buffer.from(u)).lastInsertRowid)
    return last
  }

  async compact(boardId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    this.timed(() =>
      this.db.transaction(() => {
        if (!this.db.prepare('SELECT 1 FROM boards WHERE id = ?').get(boardId)) return
        this.db
          .prepare(
            `INSERT INTO snapshots (board_id, data, upto_seq, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT(board_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, updated_at = excluded.updated_at`,
          )
          .run(boardId, Buffer.from(snapshot), uptoSeq, Date.now())
        this.db.prepare('DELETE FROM updates WHERE board_id = ? AND seq <= ?').run(boardId, uptoSeq)
      })(),
    )
  }

  async countRows(boardId: string): Promise<{ boards: number; tokens: number; updates: number; snapshots: number }> {
    const count = (table: string, col: string): number =>
      (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${col} = ?`).get(boardId) as { n: number }).n
    return {
      boards: count('boards', 'id'),
      tokens: count('tokens', 'board_id'),
      updates: count('updates', 'board_id'),
      snapshots: count('snapshots', 'board_id'),
    }
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get()
  }

  async close(): Promise<void> {
    // Appends queued this tick were promised to their rooms: write them before closing.
    this.flushAppends()
    if (this.db.open) this.db.close()
  }
}
