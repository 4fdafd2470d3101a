import { useEffect, useRef, useState } from 'react'
import { t } from '../i18n'
import { useBoard } from '../board/BoardContext'
import { workshopApi } from './api'
import type { GalleryBoard } from './api'
import { viewBoardUrl } from './membership'
import { useGalleryOpen } from './useGalleryOpen'

type Load =
  | { state: 'loading' }
  | { state: 'ready'; boards: GalleryBoard[] }
  | { state: 'closed'; message: string }

function GalleryDialog({ workshopId, onClose }: { workshopId: string; onClose: () => void }) {
  const { boardId, token } = useBoard()
  const ref = useRef<HTMLDialogElement>(null)
  const [load, setLoad] = useState<Load>({ state: 'loading' })
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])
  useEffect(() => {
    let live = true
    workshopApi.galleryBoards(workshopId, token).then(
      (boards) => live && setLoad({ state: 'ready', boards }),
      (err: unknown) =>
        live &&
        setLoad({
          state: 'closed',
          message: err instanceof Error ? err.message : t('gallery.closed'),
        }),
    )
    return () => {
      live = false
    }
  }, [workshopId, token])

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="gallery-title" onClose={onClose}>
      <h2 id="gallery-title">{t('gallery.title')}</h2>
      {load.state === 'loading' && <p>{t('board.loading')}</p>}
      {load.state === 'closed' && <p role="alert">{load.message}</p>}
      {load.state === 'ready' && (
        <ul className="gallery-list">
          {load.boards.map((b) =>
            b.boardId === boardId ? (
              <li key={b.boardId}>{t('gallery.yours', { name: b.name })}</li>
            ) : (
              <li key={b.boardId}>
                <a href={viewBoardUrl(b.boardId, b.viewToken)} target="_blank" rel="noopener">
                  {t('gallery.open', { name: b.name })}
                </a>
              </li>
            ),
          )}
        </ul>
      )}
      <form method="dialog">
        <button type="submit">{t('gallery.close')}</button>
      </form>
    </dialog>
  )
}

/** A participant's way to look at the other teams' boards, view-only, while the facilitator has the gallery open. */
export function GalleryWalk({ workshopId }: { workshopId: string }) {
  const { token } = useBoard()
  const galleryOpen = useGalleryOpen(workshopId, token)
  const [open, setOpen] = useState(false)
  if (!galleryOpen && !open) return null
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('gallery.button')}
      </button>
      {open && <GalleryDialog workshopId={workshopId} onClose={() => setOpen(false)} />}
    </>
  )
}
