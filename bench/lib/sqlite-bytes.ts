/** Measures what a SQLite file holds: its size on disk and the logical bytes of its rows. */
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

interface Db {
  prepare: (sql: string) => { all: () => unknown[]; get: () => unknown }
  close: () => void
}

// better-sqlite3 is not a bench dependency; borrow the copy the Hocuspocus extension ships with.
const req = createRequire(createRequire(import.meta.url).resolve('@hocuspocus/extension-sqlite'))
const Database = req('better-sqlite3') as new (file: string, o: { readonly: boolean }) => Db

export function fileBytes(file: string): number {
  let total = 0
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) total += fs.statSync(f).size
  return total
}

/** Sum of length() of every column of every row in `tables` (all tables when omitted). */
export function payloadBytes(file: string, tables?: string[]): number {
  const db = new Database(file, { readonly: true })
  try {
    const names =
      tables ??
      (db.prepare(`SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[]).map((r) => r.name)
    let total = 0
    for (const t of names) {
      const cols = (db.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((c) => `coalesce(length("${c.name}"),0)`)
      if (cols.length === 0) continue
      const row = db.prepare(`SELECT coalesce(sum(${cols.join('+')}),0) AS n FROM "${t}"`).get() as { n: number }
      total += row.n
    }
    return total
  } finally {
    db.close()
  }
}

export function findDb(dir: string): string | null {
  const f = fs.readdirSync(dir).find((n) => /\.(db|sqlite)$/.test(n))
  return f ? path.join(dir, f) : null
}
