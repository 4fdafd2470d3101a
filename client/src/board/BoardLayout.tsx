import { useCallback, useMemo, useRef, useState } from 'react'
import { Canvas } from '../canvas/Canvas'
import { ShortcutsDialog } from '../canvas/ShortcutsDialog'
import { Toolbar } from '../canvas/Toolbar'
import { useCanvasActions } from '../canvas/useCanvasActions'
import { useCanvasKeys } from '../canvas/useCanvasKeys'
import { LoopsPanel } from '../loops/LoopsPanel'
import { FileDropZone } from '../interop/FileDropZone'
import { IdentityDialog } from '../presence/IdentityDialog'
import { loadIdentity } from '../presence/identity'
import { PeopleList } from '../presence/PeopleList'
import { PeersContext, PeersStore } from '../presence/peersStore'
import type { PeerUser } from '../presence/schema'
import { usePublishPresence } from '../presence/usePublishPresence'
import { SyncIndicator } from '../sync/SyncIndicator'
import type { SyncTracker } from '../sync/syncStatus'
import { t } from '../i18n'
import { useBoard } from './BoardContext'
import { ShareDialog } from './ShareDialog'
import { TitleEditor } from './TitleEditor'
import { LockAwareBoard } from '../workshop/LockAwareBoard'
import { SessionBanner } from '../workshop/SessionBanner'
import { WorkshopBoardBar } from '../workshop/WorkshopBoardBar'
import { HistoryButton } from '../history/HistoryButton'

/** Workshop lock: readOnly follows the board's meta.locked live, for everything below. */
export function BoardLayout(props: { tracker: SyncTracker }) {
  return (
    <LockAwareBoard>
      <BoardLayoutInner {...props} />
    </LockAwareBoard>
  )
}

function BoardLayoutInner({ tracker }: { tracker: SyncTracker }) {
  const { awareness, readOnly } = useBoard()
  const [me, setMe] = useState<PeerUser | null>(loadIdentity)
  const peers = useMemo(() => new PeersStore(awareness), [awareness])
  const [dialog, setDialog] = useState<'share' | 'help' | null>(null)
  const [snap, setSnap] = useState(false)
  const pointer = useRef<{ x: number; y: number } | null>(null)

  const actions = useCanvasActions()
  const publishCursor = usePublishPresence(awareness, me)
  const onPointer = useCallback(
    (p: { x: number; y: number } | null) => {
      pointer.current = p
      publishCursor(p)
    },
    [publishCursor],
  )
  const getPointer = useCallback(() => pointer.current, [])
  const openHelp = useCallback(() => setDialog('help'), [])
  useCanvasKeys(actions, getPointer, openHelp)

  return (
    <PeersContext.Provider value={peers}>
      <div className="board">
        <header className="board-header">
          <a href="/" className="home-link" aria-label={t('board.home')}>
            {t('app.name')}
          </a>
          <TitleEditor />
          {readOnly && <span className="badge">{t('board.viewOnly')}</span>}
          <SyncIndicator tracker={tracker} />
          <PeopleList me={me} />
          <WorkshopBoardBar />
          <HistoryButton />
          <button type="button" onClick={() => setDialog('share')}>
            {t('share.button')}
          </button>
        </header>
        <SessionBanner />
        <Toolbar actions={actions} snapToGrid={snap} onSnapToGrid={setSnap} onHelp={openHelp} />
        <div className="board-body">
          <Canvas actions={actions} snapToGrid={snap} onPointer={onPointer} />
          <aside className="board-side">
            <LoopsPanel />
          </aside>
        </div>
        <FileDropZone />
        {dialog === 'share' && <ShareDialog onClose={() => setDialog(null)} />}
        {dialog === 'help' && <ShortcutsDialog onClose={() => setDialog(null)} />}
        {!me && <IdentityDialog onDone={setMe} />}
      </div>
    </PeersContext.Provider>
  )
}
