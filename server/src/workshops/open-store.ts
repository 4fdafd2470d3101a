import type Database from 'better-sqlite3'
import { sideDb } from './side-db'
import { WorkshopStore } from './workshop-store'

const stores = new WeakMap<Database.Database, WorkshopStore>()

/**
 * The workshop tables of a data directory. Shared by the workshop routes and by board deletion,
 * which has to recognise a team board to refuse deleting it on its own. Keyed by connection, so
 * a side connection reopened after a close gets a fresh store rather than a closed one.
 */
export function workshopStore(dataDir: string): WorkshopStore {
  const db = sideDb(dataDir)
  let store = stores.get(db)
  if (!store) {
    store = new WorkshopStore(db)
    stores.set(db, store)
  }
  return store
}
