import { useState } from 'react'
import { t } from '../i18n'
import { useBoard } from '../board/BoardContext'
import { useFollowLeader } from './useFollowLeader'
import { useLeadView } from './useLeadView'

/** The facilitator's "Follow me" toggle. */
function LeadToggle() {
  const { awareness } = useBoard()
  const [leading, setLeading] = useState(false)
  useLeadView(awareness, leading)
  return (
    <>
      <button type="button" aria-pressed={leading} onClick={() => setLeading((v) => !v)}>
        {leading ? t('follow.stop') : t('follow.start')}
      </button>
      {leading && (
        <span className="badge follow-badge" role="status">
          {t('follow.leading')}
        </span>
      )}
    </>
  )
}

/** Everyone else: whose view the canvas is following, or the way back to it. */
function FollowIndicator() {
  const { awareness } = useBoard()
  const { state, rejoin } = useFollowLeader(awareness, true)
  if (state.mode === 'none') return null
  if (state.mode === 'following')
    return (
      <span className="badge follow-badge" role="status" data-testid="following">
        {t('follow.following', { name: state.leader.name })}
      </span>
    )
  return (
    <span className="follow-left" role="status">
      {t('follow.left')}{' '}
      <button type="button" onClick={rejoin}>
        {t('follow.rejoin')}
      </button>
    </span>
  )
}

export function FollowMe({ facilitator }: { facilitator: boolean }) {
  return facilitator ? <LeadToggle /> : <FollowIndicator />
}
