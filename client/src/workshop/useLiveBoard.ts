import { useEffect, useState } from 'react'
import * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { boardMaps, toSnapshot } from '@causeway/model'
import { boardToSvg } from '../export/svg'
import { readPeer } from '../presence/schema'

export interface LiveBoard {
  svg: string | null
  names: string[]
  /** Changes other people made in the last minute. */
  recentChanges: number
}

const RENDER_EVERY_MS = 700
const ACTIVITY_WINDOW_MS = 60_000
const ACTIVITY_TICK_MS = 5_000

function wsBase(): string {
  return `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/sync`
}

/**
 * A read-mostly live copy of one team board for the dashboard: its picture (re-rendered at most
 * every RENDER_EVERY_MS, since a busy team makes many small updates), who is in it, and how busy
 * it has been. The dashboard socket publishes no presence, so it is not listed among the people.
 */
export function useLiveBoard(boardId: string, token: string, title: string): LiveBoard {
  const [state, setState] = useState<LiveBoard>({ svg: null, names: [], recentChanges: 0 })

  useEffect(() => {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(wsBase(), boardId, doc, { params: { token } })
    provider.awareness.setLocalState(null)
    const changes: number[] = []
    let timer: ReturnType<typeof setTimeout> | null = null
    let lastRender = 0

    const render = () => {
      timer = null
      lastRender = performance.now()
      let svg: string | null
      try {
        svg = boardToSvg(toSnapshot(doc), [], { title })
      } catch {
        // A board with content this version cannot draw must not take the whole dashboard down.
        svg = null
      }
      setState((s) => ({ ...s, svg }))
    }
    const scheduleRender = () => {
      if (timer) return
      timer = setTimeout(render, Math.max(0, RENDER_EVERY_MS - (performance.now() - lastRender)))
    }
    const countActivity = () => {
      const since = Date.now() - ACTIVITY_WINDOW_MS
      while (changes.length && changes[0]! < since) changes.shift()
      setState((s) =>
        s.recentChanges === changes.length ? s : { ...s, recentChanges: changes.length },
      )
    }
    const { nodes, edges, loops } = boardMaps(doc)
    const content = new Set<unknown>([nodes, edges, loops])
    const onTransaction = (tr: Y.Transaction) => {
      if (tr.changedParentTypes.size === 0 && tr.changed.size === 0) return
      // Activity is people's work: not the first sync (the whole history), and not the server's
      // own meta writes (lock, broadcast), which touch every board at once.
      const work = [...tr.changed.keys(), ...tr.changedParentTypes.keys()].some((type) =>
        content.has(type),
      )
      if (tr.origin === provider && provider.synced && work) {
        changes.push(Date.now())
        countActivity()
      }
      scheduleRender()
    }
    const onAwareness = () => {
      const names: string[] = []
      for (const [id, raw] of provider.awareness.getStates()) {
        if (id === doc.clientID) continue
        const p = readPeer(raw)
        if (p) names.push(p.user.name)
      }
      names.sort((a, b) => a.localeCompare(b))
      setState((s) => (s.names.join('\n') === names.join('\n') ? s : { ...s, names }))
    }
    doc.on('afterTransaction', onTransaction)
    provider.awareness.on('change', onAwareness)
    const tick = setInterval(countActivity, ACTIVITY_TICK_MS)
    scheduleRender()
    return () => {
      clearInterval(tick)
      if (timer) clearTimeout(timer)
      doc.off('afterTransaction', onTransaction)
      provider.awareness.off('change', onAwareness)
      provider.destroy()
      doc.destroy()
    }
  }, [boardId, token, title])

  return state
}
