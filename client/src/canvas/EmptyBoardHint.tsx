import { useEffect, useState } from 'react'
import { boardMaps } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import '../templates/messages'
import './messages'
import './canvasOverlays.css'

/** How long an unsynced (offline) board waits before it is taken to be really empty. */
const OFFLINE_WAIT_MS = 1500

/**
 * The first thing on an empty board: how to start. Gone as soon as there is any node (here or
 * from someone else). Not before the board has loaded, so a full board does not flash it. Viewers
 * get a line that asks nothing of them. Never takes pointer events: double-click reaches the pane.
 */
export function EmptyBoardHint({ empty }: { empty: boolean }) {
  const { doc, provider, readOnly } = useBoard()
  const [loaded, setLoaded] = useState(() => provider.synced)

  useEffect(() => {
    if (loaded) return
    const done = (synced: boolean) => synced && setLoaded(true)
    provider.on('sync', done)
    const timer = setTimeout(() => setLoaded(true), OFFLINE_WAIT_MS)
    return () => {
      provider.off('sync', done)
      clearTimeout(timer)
    }
  }, [provider, loaded])

  // `empty` is the rendered nodes, a frame behind the doc: checking both avoids a one-frame flash.
  if (!empty || !loaded || boardMaps(doc).nodes.size > 0) return null
  return (
    <div className="empty-board-hint" data-testid="empty-board-hint">
      <p>
        {readOnly
          ? t('canvas.empty.readOnly')
          : t('canvas.empty.edit', { key: 'N', addVariable: t('toolbar.addVariable'), addTemplate: t('templates.toolbar') })}
      </p>
    </div>
  )
}
