import { useMemo } from 'react'
import { useBoard } from '../board/BoardContext'
import { FollowMe } from './FollowMe'
import { GalleryWalk } from './GalleryWalk'
import { readMembership } from './membership'
import './messages'
import './workshop.css'

/**
 * The workshop controls in a board's header: "Follow me" for the facilitator; for everyone else
 * the follow indicator, and the gallery walk for participants who joined with a code.
 */
export function WorkshopBoardBar() {
  const { boardId } = useBoard()
  const membership = useMemo(() => readMembership(boardId), [boardId])
  const facilitator = membership?.facilitator === true
  return (
    <>
      <FollowMe facilitator={facilitator} />
      {membership && !facilitator && <GalleryWalk workshopId={membership.workshopId} />}
    </>
  )
}
