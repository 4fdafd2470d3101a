import { useMemo } from 'react'
import { ReactFlowProvider } from '@xyflow/react'
import { t } from '../i18n'
import { ErrorScreen } from '../app/ErrorScreen'
import { BoardContext } from './BoardContext'
import type { BoardContextValue } from './BoardContext'
import { readToken } from './token'
import { useBoardInfo } from './useBoardInfo'
import { useBoardSession } from './useBoardSession'
import { BoardLayout } from './BoardLayout'
import { isGalleryVisit } from '../workshop/galleryVisit'
import '../workshop/messages'

export function BoardPage({ boardId }: { boardId: string }) {
  const token = useMemo(() => readToken(boardId), [boardId])
  const info = useBoardInfo(boardId, token)
  const { session, failure } = useBoardSession(boardId, token)
  const galleryVisit = useMemo(() => isGalleryVisit(boardId), [boardId])

  const value = useMemo<BoardContextValue | null>(() => {
    if (!session || info.state !== 'ready' || !token) return null
    const role = info.info.role
    return {
      boardId,
      doc: session.doc,
      provider: session.provider,
      awareness: session.provider.awareness,
      undoManager: session.undoManager,
      origin: session.origin,
      role,
      token,
      readOnly: role !== 'edit' || info.info.locked,
    }
  }, [boardId, session, info, token])

  if (!token) return <ErrorScreen title={t('error.noToken.title')} body={t('error.noToken.body')} />
  if (failure === 'invalid-token' || info.state === 'invalid-token')
    // A gallery token is revoked when the facilitator closes the gallery: that is news, not an error.
    return galleryVisit ? (
      <ErrorScreen title={t('gallery.ended.title')} body={t('gallery.ended.body')} />
    ) : (
      <ErrorScreen title={t('error.invalidLink.title')} body={t('error.invalidLink.body')} />
    )
  if (failure === 'gone' || info.state === 'gone')
    return <ErrorScreen title={t('error.gone.title')} body={t('error.gone.body')} />
  if (!value || !session) return <p className="loading">{t('board.loading')}</p>

  return (
    <BoardContext.Provider value={value}>
      <ReactFlowProvider>
        <BoardLayout tracker={session.tracker} />
      </ReactFlowProvider>
    </BoardContext.Provider>
  )
}
