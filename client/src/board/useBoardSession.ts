import { useEffect, useState } from 'react'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { boardMaps } from '@causeway/model'
import { SyncTracker } from '../sync/syncStatus'
import { openLocalCache } from '../sync/localCache'

export interface BoardSession {
  doc: Y.Doc
  provider: WebsocketProvider
  undoManager: Y.UndoManager
  origin: object
  tracker: SyncTracker
}

export type SessionFailure = 'invalid-token' | 'gone' | null

function wsBase(): string {
  const proto = window.location.protocol === 'https:' ? 'wss:' : 'ws:'
  return `${proto}//${window.location.host}/sync`
}

/**
 * One board's live document: local IndexedDB copy (offline edits survive reloads and merge on
 * reconnect), the sync socket, and this user's undo history. Lives as long as the board page.
 */
export function useBoardSession(boardId: string, token: string | null) {
  const [session, setSession] = useState<BoardSession | null>(null)
  const [failure, setFailure] = useState<SessionFailure>(null)

  useEffect(() => {
    if (!token) return
    const doc = new Y.Doc()
    const idb = openLocalCache('causeway-' + boardId, doc)
    const provider = new WebsocketProvider(wsBase(), boardId, doc, { params: { token } })
    // A plain object nobody else holds: the undo manager tracks exactly this user's changes.
    const origin = { user: 'local', boardId }
    const { meta, nodes, edges, loops } = boardMaps(doc)
    const undoManager = new Y.UndoManager([meta, nodes, edges, loops], {
      trackedOrigins: new Set([origin]),
      captureTimeout: 500,
    })
    const tracker = new SyncTracker(doc, provider)
    provider.on('closed', ({ code }) => {
      if (code === 4401) setFailure('invalid-token')
      else if (code === 4404) {
        // The board was deleted: its copy on this device must go too (school privacy).
        void idb.clearData()
        setFailure('gone')
      }
    })
    // A socket can outlive the network for ~30 s before y-websocket's watchdog notices; the
    // browser knows sooner, so follow it: offline → drop the socket, online → reconnect now.
    const goOffline = () => provider.disconnect()
    const goOnline = () => provider.connect()
    window.addEventListener('offline', goOffline)
    window.addEventListener('online', goOnline)
    setSession({ doc, provider, undoManager, origin, tracker })
    return () => {
      window.removeEventListener('offline', goOffline)
      window.removeEventListener('online', goOnline)
      tracker.destroy()
      undoManager.destroy()
      provider.destroy()
      void idb.destroy()
      doc.destroy()
      setSession(null)
    }
  }, [boardId, token])

  return { session, failure }
}
