import { useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import { saveBoardAsTemplate } from './api'
import type { SavedTemplate } from './api'
import { SavedTemplatePanel } from './SavedTemplatePanel'
import { TemplateDetailsFields } from './TemplateDetailsFields'
import type { DetailsDraft } from './TemplateDetailsFields'
import './messages'
import './templates.css'

/** A facilitator saves this board as a custom template and gets a link (and a file) to share. */
export function SaveTemplateDialog({ onClose }: { onClose: () => void }) {
  const { boardId, token } = useBoard()
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [details, setDetails] = useState<DetailsDraft>(() => ({ ages: t('templates.defaultAges'), facilitatorNotes: '', habits: [] }))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState<(SavedTemplate & { title: string }) | null>(null)
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
      const name = title.trim()
      const result = await saveBoardAsTemplate(boardId, token, {
        title: name,
        ...(description.trim() && { description: description.trim() }),
        // An emptied age field means the server default ("all ages"), not an invalid empty string.
        ...(details.ages.trim() && { ages: details.ages.trim() }),
        ...(details.facilitatorNotes.trim() && { facilitatorNotes: details.facilitatorNotes.trim() }),
        habits: details.habits,
      })
      setSaved({ ...result, title: name })
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
      {saved ? (
        <SavedTemplatePanel id={saved.id} title={saved.title} shareUrl={saved.shareUrl} />
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
          <TemplateDetailsFields value={details} onChange={setDetails} />
          <button type="submit" disabled={busy || !title.trim()}>
            {busy ? t('templates.saving') : t('templates.saveSubmit')}
          </button>
          {error && <p role="alert">{error}</p>}
        </form>
      )}
    </dialog>
  )
}
