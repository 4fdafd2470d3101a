import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { boardMaps } from '@causeway/model'
import type { Broadcast } from './api'

export interface WorkshopMeta {
  /** undefined until the board says either way (then the server's answer at load time stands). */
  locked: boolean | undefined
  broadcast: Broadcast | null
}

/** meta.broadcast as the server writes it; anything else is no broadcast. */
export function readBroadcast(raw: unknown): Broadcast | null {
  if (!raw || typeof raw !== 'object') return null
  const b = raw as Record<string, unknown>
  if (typeof b.message !== 'string' || typeof b.sentAt !== 'number') return null
  return {
    message: b.message.slice(0, 500),
    sentAt: b.sentAt,
    ...(typeof b.timerEndsAt === 'number' ? { timerEndsAt: b.timerEndsAt } : {}),
  }
}

function read(meta: Y.Map<unknown>): WorkshopMeta {
  const locked = meta.get('locked')
  return {
    locked: typeof locked === 'boolean' ? locked : undefined,
    broadcast: readBroadcast(meta.get('broadcast')),
  }
}

/** The workshop state the server writes into a team board's meta (locked, broadcast), live. */
export function useWorkshopMeta(doc: Y.Doc): WorkshopMeta {
  const [state, setState] = useState<WorkshopMeta>(() => read(boardMaps(doc).meta))
  useEffect(() => {
    const { meta } = boardMaps(doc)
    const update = () =>
      setState((prev) => {
        const next = read(meta)
        return prev.locked === next.locked &&
          JSON.stringify(prev.broadcast) === JSON.stringify(next.broadcast)
          ? prev
          : next
      })
    update()
    meta.observe(update)
    return () => meta.unobserve(update)
  }, [doc])
  return state
}
