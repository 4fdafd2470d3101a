import { useEffect, useRef } from 'react'
import { useOnSelectionChange } from '@xyflow/react'
import type { Awareness } from 'y-protocols/awareness'
import { subscribeEditing, getEditing } from '../canvas/editingStore'
import type { PeerUser } from './schema'

const CURSOR_INTERVAL_MS = 33 // about 30 updates a second

/** Publishes this user's identity, selection and editing target; returns a throttled cursor setter. */
export function usePublishPresence(awareness: Awareness, user: PeerUser | null) {
  useEffect(() => {
    if (user) awareness.setLocalStateField('user', user)
  }, [awareness, user])

  useEffect(() => {
    const publish = () => awareness.setLocalStateField('editing', getEditing())
    publish()
    return subscribeEditing(publish)
  }, [awareness])

  useOnSelectionChange({
    onChange: ({ nodes }) => {
      const ids = nodes.map((n) => n.id)
      const prev = (awareness.getLocalState()?.selection as string[] | undefined) ?? []
      if (prev.length !== ids.length || prev.some((id, i) => id !== ids[i]))
        awareness.setLocalStateField('selection', ids)
    },
  })

  const last = useRef(0)
  const pending = useRef<{ x: number; y: number } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )

  return (cursor: { x: number; y: number } | null) => {
    pending.current = cursor
    const send = () => {
      timer.current = null
      last.current = performance.now()
      awareness.setLocalStateField('cursor', pending.current)
    }
    if (cursor === null) {
      if (timer.current) clearTimeout(timer.current)
      return send()
    }
    if (timer.current) return
    const wait = CURSOR_INTERVAL_MS - (performance.now() - last.current)
    if (wait <= 0) send()
    else timer.current = setTimeout(send, wait)
  }
}
