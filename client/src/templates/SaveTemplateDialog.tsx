import { useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import { saveBoardAsTemplate } from './api'
import './messages'
import './templates.css'

/** A facilitator saves this board as a custom template and gets a link to share it. */
export function SaveTemplateDialog({ onClose }: { onClose: () => void }) {
  const { boardId, token } = useBoard()
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [shareUrl, setShareUrl] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  const ref = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const saved = await saveBoardAsTemplate(boardId, token, {
        title: title.trim(),
        ...(description.trim() && { description: description.trim() }),
      })
      setShareUrl(saved.shareUrl)
    } catch (err) {
      setError(t('templates.saveFailed', { reason: err instanceof Error ? err.message : String(err) }))
    }
    setBusy(false)
  }

  return (
    <dialog ref={ref} className="template-dialog template-save" aria-labelledby="template-save-title" onClose={onClose}>
      <header>
        <h2 id="template-save-title">{t('templates.saveTitle')}</h2>
        <button type="button" onClick={onClose}>
          {t('templates.close')}
        </button>
      </header>
      {shareUrl ? (
        <div role="status">
          <p>{t('templates.saved')}</p>
          <input readOnly value={shareUrl} aria-label={t('templates.saved')} data-testid="template-share-url" />
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(shareUrl).then(() => setCopied(true))}
          >
            {copied ? t('share.copied') : t('templates.copy')}
          </button>
        </div>
      ) : (
        <form onSubmit={onSubmit}>
          <label htmlFor="template-save-name">{t('templates.saveName')}</label>
          <input id="template-save-name" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor="template-save-description">{t('templates.saveDescription')}</label>
          <textarea
            id="template-save-description"
            maxLength={2000}
            rows={3}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
          <button type="submit" disabled={busy || !title.trim()}>
            {busy ? t('templates.saving') : t('templates.saveSubmit')}
          </button>
          {error && <p role="alert">{error}</p>}
        </form>
      )}
    </dialog>
  )
}
