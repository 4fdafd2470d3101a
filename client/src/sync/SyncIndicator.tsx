import { useSyncExternalStore } from 'react'
import { t } from '../i18n'
import type { SyncTracker } from './syncStatus'

export function SyncIndicator({ tracker }: { tracker: SyncTracker }) {
  const status = useSyncExternalStore(tracker.subscribe, tracker.getStatus)
  return (
    <span className={`sync-status sync-${status}`} role="status" data-testid="sync-status" data-status={status}>
      {t(`status.${status}`)}
    </span>
  )
}
