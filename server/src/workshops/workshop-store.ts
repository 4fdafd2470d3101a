import type Database from 'better-sqlite3'

/** Workshop tables live in the boards database so a workshop and its boards commit together. */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT,
  facilitator_hash TEXT NOT NULL,
  code_nonce TEXT NOT NULL,
  code_hash TEXT NOT NULL UNIQUE,
  code_expires_at INTEGER NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0,
  teams_see_each_other INTEGER NOT NULL DEFAULT 0,
  locked INTEGER NOT NULL DEFAULT 0,
  gallery_open INTEGER NOT NULL DEFAULT 0,
  broadcast TEXT,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS workshop_boards (
  workshop_id TEXT NOT NULL,
  team INTEGER NOT NULL,
  name TEXT NOT NULL,
  board_id TEXT NOT NULL UNIQUE,
  joined INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (workshop_id, team)
);
`

export interface Broadcast {
  message: string
  sentAt: number
  timerEndsAt?: number
}

export interface WorkshopRecord {
  id: string
  title: string
  template: string | null
  facilitatorHash: string
  codeNonce: string
  codeExpiresAt: number
  revoked: boolean
  teamsSeeEachOther: boolean
  locked: boolean
  galleryOpen: boolean
  broadcast: Broadcast | null
  createdAt: number
}

export interface TeamRecord {
  team: number
  name: string
  boardId: string
  joined: number
}

export interface NewWorkshop extends Omit<WorkshopRecord, 'revoked' | 'locked' | 'broadcast'> {
  codeHash: string
  teams: Omit<TeamRecord, 'joined'>[]
}

interface WorkshopRow {
  id: string
  title: string
  template: string | null
  facilitator_hash: string
  code_nonce: string
  code_expires_at: number
  revoked: number
  teams_see_each_other: number
  locked: number
  gallery_open: number
  broadcast: string | null
  created_at: number
}

function fromRow(r: WorkshopRow): WorkshopRecord {
  return {
    id: r.id,
    title: r.title,
    template: r.template,
    facilitatorHash: r.facilitator_hash,
    codeNonce: r.code_nonce,
    codeExpiresAt: r.code_expires_at,
    revoked: r.revoked === 1,
    teamsSeeEachOther: r.teams_see_each_other === 1,
    locked: r.locked === 1,
    galleryOpen: r.gallery_open === 1,
    broadcast: r.broadcast ? (JSON.parse(r.broadcast) as Broadcast) : null,
    createdAt: r.created_at,
  }
}

export class WorkshopStore {
  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA)
  }

  /**
   * Records the workshop and its teams, and makes the facilitator token an edit token on every
   * team board (a `tokens` row per board with the same hash), all in one transaction.
   */
  create(w: NewWorkshop): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO workshops (id, title, template, facilitator_hash, code_nonce, code_hash, code_expires_at,
             teams_see_each_other, gallery_open, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(w.id, w.title, w.template, w.facilitatorHash, w.codeNonce, w.codeHash, w.codeExpiresAt,
          w.teamsSeeEachOther ? 1 : 0, w.galleryOpen ? 1 : 0, w.createdAt)
      const team = this.db.prepare('INSERT INTO workshop_boards (workshop_id, team, name, board_id) VALUES (?, ?, ?, ?)')
      const token = this.db.prepare('INSERT INTO tokens (hash, board_id, role, created_at) VALUES (?, ?, ?, ?)')
      for (const t of w.teams) {
        team.run(w.id, t.team, t.name, t.boardId)
        token.run(w.facilitatorHash, t.boardId, 'facilitator', w.createdAt)
      }
    })()
  }

  get(id: string): WorkshopRecord | null {
    const row = this.db.prepare('SELECT * FROM workshops WHERE id = ?').get(id) as WorkshopRow | undefined
    return row ? fromRow(row) : null
  }

  byCodeHash(codeHash: string): WorkshopRecord | null {
    const row = this.db.prepare('SELECT * FROM workshops WHERE code_hash = ?').get(codeHash) as WorkshopRow | undefined
    return row ? fromRow(row) : null
  }

  teams(workshopId: string): TeamRecord[] {
    const rows = this.db
      .prepare('SELECT team, name, board_id, joined FROM workshop_boards WHERE workshop_id = ? ORDER BY team')
      .all(workshopId) as { team: number; name: string; board_id: string; joined: number }[]
    return rows.map((r) => ({ team: r.team, name: r.name, boardId: r.board_id, joined: r.joined }))
  }

  /** The workshop a board belongs to, if any (for the facilitator awareness check). */
  workshopOfBoard(boardId: string): WorkshopRecord | null {
    const row = this.db
      .prepare('SELECT w.* FROM workshops w JOIN workshop_boards b ON b.workshop_id = w.id WHERE b.board_id = ?')
      .get(boardId) as WorkshopRow | undefined
    return row ? fromRow(row) : null
  }

  countJoin(workshopId: string, team: number): void {
    this.db.prepare('UPDATE workshop_boards SET joined = joined + 1 WHERE workshop_id = ? AND team = ?').run(workshopId, team)
  }

  setCode(id: string, nonce: string, codeHash: string, expiresAt: number): void {
    this.db
      .prepare('UPDATE workshops SET code_nonce = ?, code_hash = ?, code_expires_at = ?, revoked = 0 WHERE id = ?')
      .run(nonce, codeHash, expiresAt, id)
  }

  setRevoked(id: string, revoked: boolean): void {
    this.db.prepare('UPDATE workshops SET revoked = ? WHERE id = ?').run(revoked ? 1 : 0, id)
  }

  setLocked(id: string, locked: boolean): void {
    this.db.prepare('UPDATE workshops SET locked = ? WHERE id = ?').run(locked ? 1 : 0, id)
  }

  setGalleryOpen(id: string, open: boolean): void {
    this.db.prepare('UPDATE workshops SET gallery_open = ? WHERE id = ?').run(open ? 1 : 0, id)
  }

  setBroadcast(id: string, broadcast: Broadcast | null): void {
    this.db.prepare('UPDATE workshops SET broadcast = ? WHERE id = ?').run(broadcast ? JSON.stringify(broadcast) : null, id)
  }

  /**
   * Removes the workshop's own rows (its code lives in the workshop row). The team boards and
   * their tokens are the BoardStore's: delete those first (workshops/erase.ts).
   */
  delete(id: string): boolean {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM workshop_boards WHERE workshop_id = ?').run(id)
      return this.db.prepare('DELETE FROM workshops WHERE id = ?').run(id).changes > 0
    })()
  }
}
