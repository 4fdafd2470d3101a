import type * as Y from 'yjs'
import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb'

/**
 * The board's copy on this device (y-indexeddb), with one change: every update's transaction is
 * committed explicitly. Left to auto-commit, Chromium needs a round trip to the page before it
 * commits, so the last keystrokes before a tab is closed were lost while offline (seen in the
 * offline e2e spec: a label cut short on the next visit). `commit()` sends the commit with the
 * write, so the browser process finishes it even if the page is already gone.
 */
export function openLocalCache(name: string, doc: Y.Doc): IndexeddbPersistence {
  const idb = new IndexeddbPersistence(name, doc)
  doc.off('update', idb._storeUpdate)
  idb._storeUpdate = (update: Uint8Array, origin: unknown) => {
    const db = idb.db
    if (!db || origin === idb) return
    const tx = db.transaction('updates', 'readwrite')
    tx.objectStore('updates').add(update)
    tx.commit()
    // Same compaction as y-indexeddb: merge the log into one state after a quiet second.
    if (++idb._dbsize >= PREFERRED_TRIM_SIZE) {
      if (idb._storeTimeoutId !== null) clearTimeout(idb._storeTimeoutId)
      idb._storeTimeoutId = setTimeout(() => {
        void storeState(idb, false)
        idb._storeTimeoutId = null
      }, idb._storeTimeout)
    }
  }
  doc.on('update', idb._storeUpdate)
  return idb
}
