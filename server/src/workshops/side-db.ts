import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

const open = new Map<string, Database.Database>()

/**
 * A second connection to the boards database (WAL allows it) for the workshop and version
 * tables, so those features need nothing from the BoardStore interface beyond tokens. One per
 * data directory, shared by the workshop and version routes.
 */
export function sideDb(dataDir: string): Database.Database {
  const path = join(dataDir, 'causeway.db')
  let db = open.get(path)
  if (!db || !db.open) {
    mkdirSync(dataDir, { recursive: true })
    db = new Database(path)
    db.pragma('journal_mode = WAL')
    db.pragma('busy_timeout = 5000')
    open.set(path, db)
  }
  return db
}
