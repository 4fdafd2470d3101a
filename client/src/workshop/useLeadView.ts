import { useEffect, useRef } from 'react'
import { useStore } from '@xyflow/react'
import type { Awareness } from 'y-protocols/awareness'
import type { FollowViewport } from './followSchema'

const PUBLISH_EVERY_MS = 100

/**
 * The facilitator's side of follow-me: while `leading`, publishes the React Flow viewport in
 * presence (throttled; the last position always goes out), and `follow: null` when they stop.
 */
export function useLeadView(awareness: Awareness, leading: boolean): void {
  const [x, y, zoom] = useStore((s) => s.transform)
  const last = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const pending = useRef<FollowViewport>({ x, y, zoom })

  useEffect(() => {
    if (!leading) return
    awareness.setLocalStateField('role', 'facilitator')
    return () => {
      if (timer.current) clearTimeout(timer.current)
      timer.current = null
      awareness.setLocalStateField('follow', null)
    }
  }, [awareness, leading])

  useEffect(() => {
    // The latest viewport always goes out: a pending send reads it when its time comes.
    pending.current = { x, y, zoom }
    if (!leading || timer.current) return
    const send = () => {
      timer.current = null
      last.current = performance.now()
      awareness.setLocalStateField('follow', pending.current)
    }
    const wait = PUBLISH_EVERY_MS - (performance.now() - last.current)
    if (wait <= 0) send()
    else timer.current = setTimeout(send, wait)
  }, [awareness, leading, x, y, zoom])
}
