import { useState } from 'react'
import type { FormEvent, ReactNode } from 'react'
import { t } from '../i18n'
import { WorkshopLinks } from '../workshop/WorkshopLinks'
import { navigate } from '../app/router'
import { createBoard } from '../board/api'
import { rememberToken } from '../board/token'
import { rememberViewToken } from '../board/links'

/** Filled by the templates module: rendered under the "New board" form. */
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
      const created = await createBoard({ title: title.trim() || undefined })
      rememberViewToken(created.id, created.viewToken)
      openCreatedBoard(created.editUrl)
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
      <section className="home-templates" aria-label={t('home.templates')}>
        {templateGallery?.()}
      </section>
    </main>
  )
}

/** Opens an edit URL from the server (`…/b/<id>#t=<token>`) inside this app. */
export function openCreatedBoard(editUrl: string): void {
  const url = new URL(editUrl, window.location.origin)
  const id = url.pathname.split('/').pop() ?? ''
  const token = new URLSearchParams(url.hash.slice(1)).get('t')
  if (token) rememberToken(id, token)
  navigate(url.pathname + url.hash)
}
