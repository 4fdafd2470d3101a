import { useCallback, useEffect, useRef, useState } from 'react'
import { useReactFlow, useStoreApi } from '@xyflow/react'
import type { Awareness } from 'y-protocols/awareness'
import { findLeader, sameViewport } from './followSchema'
import type { FollowViewport, Leader } from './followSchema'

export type FollowState = { mode: 'none' } | { mode: 'following' | 'left'; leader: Leader }

function useLeader(awareness: Awareness, enabled: boolean): Leader | null {
  const [leader, setLeader] = useState<Leader | null>(null)
  useEffect(() => {
    if (!enabled) return
    // Awareness changes with every cursor move; keep the same object unless the leader changed.
    const update = () =>
      setLeader((prev) => {
        const next = findLeader(awareness)
        if (
          prev &&
          next &&
          prev.clientId === next.clientId &&
          prev.name === next.name &&
          sameViewport(prev.follow, next.follow)
        )
          return prev
        return next
      })
    update()
    awareness.on('change', update)
    return () => {
      awareness.off('change', update)
      setLeader(null)
    }
  }, [awareness, enabled])
  return leader
}

/**
 * A participant's side of follow-me: the canvas follows the facilitator's viewport until the
 * participant pans or zooms themselves, then stays put until they choose to rejoin.
 */
export function useFollowLeader(
  awareness: Awareness,
  enabled: boolean,
): { state: FollowState; rejoin: () => void } {
  const leader = useLeader(awareness, enabled)
  const flow = useReactFlow()
  const store = useStoreApi()
  const [left, setLeft] = useState(false)
  const leading = leader !== null
  const leaderId = leader?.clientId

  // A new follow session (someone starts leading) brings everyone back, even those who wandered off.
  useEffect(() => setLeft(false), [leading, leaderId])

  const follow = leader?.follow ?? null
  const followRef = useRef(follow)
  // A viewport the canvas cannot take (zoom outside its limits) must not be retried every frame.
  const corrections = useRef(0)
  useEffect(() => {
    followRef.current = follow
    corrections.current = 0
  }, [follow])

  // React Flow reports pans and zooms with the input event that caused them, and with none when
  // the viewport is set by code: an event means "I want to look elsewhere"; a code move that is
  // not ours (the canvas fitting itself to a board that just loaded) is put back on the leader.
  useEffect(() => {
    if (!leading || left) return
    store.setState({
      onMove: (event: MouseEvent | TouchEvent | null, vp: FollowViewport) => {
        if (event) return setLeft(true)
        const target = followRef.current
        if (!target || sameViewport(vp, target) || corrections.current++ > 2) return
        requestAnimationFrame(() => void flow.setViewport(target))
      },
    })
    return () => store.setState({ onMove: undefined })
  }, [store, flow, leading, left])

  useEffect(() => {
    // No animation: its in-between frames would read as someone else moving the view.
    if (follow && !left) void flow.setViewport(follow)
  }, [flow, follow, left])

  const rejoin = useCallback(() => setLeft(false), [])
  const state: FollowState = leader
    ? { mode: left ? 'left' : 'following', leader }
    : { mode: 'none' }
  return { state, rejoin }
}
