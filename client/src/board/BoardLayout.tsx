import { useCallback, useMemo, useRef, useState } from 'react'
import { Canvas } from '../canvas/Canvas'
import { ShortcutsDialog } from '../canvas/ShortcutsDialog'
import { Toolbar } from '../canvas/Toolbar'
import { useCanvasActions } from '../canvas/useCanvasActions'
import { useCanvasKeys } from '../canvas/useCanvasKeys'
import { LoopsPanel } from '../loops/LoopsPanel'
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

export function BoardLayout({ tracker }: { tracker: SyncTracker }) {
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
          <button type="button" onClick={() => setDialog('share')}>
            {t('share.button')}
          </button>
        </header>
        <Toolbar actions={actions} snapToGrid={snap} onSnapToGrid={setSnap} onHelp={openHelp} />
        <div className="board-body">
          <Canvas actions={actions} snapToGrid={snap} onPointer={onPointer} />
          <aside className="board-side">
            <LoopsPanel />
          </aside>
        </div>
        {dialog === 'share' && <ShareDialog onClose={() => setDialog(null)} />}
        {dialog === 'help' && <ShortcutsDialog onClose={() => setDialog(null)} />}
        {!me && <IdentityDialog onDone={setMe} />}
      </div>
    </PeersContext.Provider>
  )
}
