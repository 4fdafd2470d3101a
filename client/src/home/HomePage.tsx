import { useState } from 'react'
import type { FormEvent } from 'react'
import { t } from '../i18n'
import type { ReactNode } from 'react'
import { startBoard } from './startBoard'
import { WorkshopLinks } from '../workshop/WorkshopLinks'

export { openCreatedBoard } from './startBoard'

/** Filled by the templates module (templates/register.tsx): rendered under the "New board" form. */
let templateGallery: (() => ReactNode) | null = null
export function setTemplateGallery(render: () => ReactNode): void {
  templateGallery = render
}

export function HomePage() {
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await startBoard({ title: title.trim() || undefined })
    } catch (err) {
      setError(t('home.createFailed', { reason: err instanceof Error ? err.message : String(err) }))
      setBusy(false)
    }
  }

  return (
    <main className="home">
      <h1>{t('app.name')}</h1>
      <p className="home-tagline">{t('app.tagline')}</p>
      <form className="home-new" onSubmit={onSubmit}>
        <label htmlFor="new-board-title">{t('home.titleLabel')}</label>
        <input
          id="new-board-title"
          value={title}
          placeholder={t('home.titlePlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={200}
        />
        <button type="submit" disabled={busy}>
          {busy ? t('home.creating') : t('home.newBoard')}
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      <WorkshopLinks />
      {templateGallery?.()}
    </main>
  )
}
