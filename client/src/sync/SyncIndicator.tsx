import { useRef, useSyncExternalStore } from 'react'
import { t } from '../i18n'
import type { SyncTracker } from './syncStatus'

/**
 * Saved / syncing / offline, always visible. Only going offline and coming back are announced
 * to screen readers: "Syncing… Saved" after every keystroke would drown out everything else.
 */
export function SyncIndicator({ tracker }: { tracker: SyncTracker }) {
  const status = useSyncExternalStore(tracker.subscribe, tracker.getStatus)
  const wasOffline = useRef(false)
  let announce = ''
  if (status === 'offline') {
    wasOffline.current = true
    announce = t('status.offline')
  } else if (status === 'saved' && wasOffline.current) {
    announce = t('status.backOnline')
  }
  return (
    <>
      <span className={`sync-status sync-${status}`} data-testid="sync-status" data-status={status} title={t('status.help')}>
        {t(`status.${status}`)}
      </span>
      <span className="visually-hidden" role="status">
        {announce}
      </span>
    </>
  )
}
