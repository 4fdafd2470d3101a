import type Database from 'better-sqlite3'
import { randomBytes } from 'node:crypto'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS board_versions (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS board_versions_board ON board_versions(board_id, created_at);
`

export interface VersionInfo {
  id: string
  name: string
  createdAt: number
}

/** Named saved states of a board; each holds the whole document as one Yjs update. */
export class VersionStore {
  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA)
  }

  save(boardId: string, name: string, state: Uint8Array): VersionInfo {
    const v = { id: randomBytes(9).toString('base64url'), name, createdAt: Date.now() }
    this.db
      .prepare('INSERT INTO board_versions (id, board_id, name, created_at, data) VALUES (?, ?, ?, ?, ?)')
      .run(v.id, boardId, name, v.createdAt, Buffer.from(state))
    return v
  }

  list(boardId: string): VersionInfo[] {
    const rows = this.db
      .prepare('SELECT id, name, created_at FROM board_versions WHERE board_id = ? ORDER BY created_at DESC, rowid DESC')
      .all(boardId) as { id: string; name: string; created_at: number }[]
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }))
  }

  count(boardId: string): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM board_versions WHERE board_id = ?').get(boardId) as { n: number }).n
  }

  load(boardId: string, id: string): Uint8Array | null {
    const row = this.db.prepare('SELECT data FROM board_versions WHERE board_id = ? AND id = ?').get(boardId, id) as
      | { data: Buffer }
      | undefined
    return row ? new Uint8Array(row.data) : null
  }

  deleteBoard(boardId: string): void {
    this.db.prepare('DELETE FROM board_versions WHERE board_id = ?').run(boardId)
  }
}
