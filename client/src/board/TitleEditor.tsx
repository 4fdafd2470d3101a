import { useEffect, useRef, useState } from 'react'
import { boardMaps, setTitle } from '@causeway/model'
import { t } from '../i18n'
import { useBoard } from './BoardContext'

/** The board title from meta; edited in place, written on blur/Enter (one undo step). */
export function TitleEditor() {
  const { doc, origin, readOnly } = useBoard()
  const [title, setLocal] = useState('')
  const [draft, setDraft] = useState<string | null>(null)
  const cancelled = useRef(false)
  useEffect(() => {
    const m = boardMaps(doc).meta
    const update = () => setLocal(typeof m.get('title') === 'string' ? (m.get('title') as string) : '')
    update()
    m.observe(update)
    return () => m.unobserve(update)
  }, [doc])
  useEffect(() => {
    document.title = `${title || t('board.untitled')} — ${t('app.name')}`
  }, [title])

  if (readOnly) return <h1 className="board-title">{title || t('board.untitled')}</h1>
  const commit = () => {
    if (cancelled.current) {
      cancelled.current = false
      return setDraft(null)
    }
    if (draft !== null && draft.trim() !== title) setTitle(doc, draft.trim() || t('board.untitled'), origin)
    setDraft(null)
  }
  return (
    <input
      className="board-title"
      aria-label={t('board.titleLabel')}
      value={draft ?? title}
      maxLength={200}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur()
        if (e.key === 'Escape') {
          cancelled.current = true
          e.currentTarget.blur()
        }
      }}
    />
  )
}
