import { useEffect, useState } from 'react'
import { t } from '../i18n'
import { useBoard } from '../board/BoardContext'
import { formatLeft } from './countdown'
import { useWorkshopMeta } from './useWorkshopMeta'
import './messages'
import './workshop.css'

function Countdown({ endsAt }: { endsAt: number }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (now >= endsAt) return
    const id = setTimeout(() => setNow(Date.now()), 1000)
    return () => clearTimeout(id)
  }, [endsAt, now])
  const left = endsAt - now
  return (
    // The countdown text changes every second: announcing each tick would drown a screen reader.
    <span className="session-timer" data-testid="session-timer" aria-live="off">
      {left > 0 ? t('banner.timer', { time: formatLeft(left) }) : t('banner.timeUp')}
    </span>
  )
}

/** What the facilitator says to every team: a message, a countdown, and whether editing is paused. */
export function SessionBanner() {
  const { doc } = useBoard()
  const { locked, broadcast } = useWorkshopMeta(doc)
  if (!locked && !broadcast) return null
  return (
    <div className="session-banner" role="region" aria-label={t('banner.region')}>
      {broadcast && (
        <p className="session-message" role="status" data-testid="session-message">
          {broadcast.message}
          {broadcast.timerEndsAt !== undefined && <Countdown endsAt={broadcast.timerEndsAt} />}
        </p>
      )}
      {locked && (
        <p className="session-locked" role="status" data-testid="session-locked">
          {t('banner.locked')}
        </p>
      )}
    </div>
  )
}
