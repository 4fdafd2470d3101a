import { useEffect, useMemo, useState } from 'react'
import { createBoard } from '../board/api'
import { openCreatedBoard } from '../home/HomePage'
import { t } from '../i18n'
import { builtInTemplates, fetchCustomTemplate, sharedTemplateId } from './source'
import type { GalleryTemplate } from './source'
import { TemplateCard } from './TemplateCard'
import './messages'
import './templates.css'

const FILTERS = ['all', 'tool', 'archetype', 'reflection'] as const

/** Home-page gallery: every built-in template, plus a custom one when opened from its share link. */
export function TemplateGallery() {
  const all = useMemo(builtInTemplates, [])
  const [shared, setShared] = useState<GalleryTemplate | null | 'missing'>(null)
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('all')
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const id = sharedTemplateId(window.location.search)
    if (!id) return
    let live = true
    void fetchCustomTemplate(id).then((tpl) => live && setShared(tpl ?? 'missing'))
    return () => {
      live = false
    }
  }, [])

  async function start(template: GalleryTemplate) {
    setBusy(template.id)
    setError(null)
    try {
      const created = await createBoard({ template: template.id, title: template.title })
      openCreatedBoard(created.editUrl)
    } catch (err) {
      setError(t('templates.failed', { reason: err instanceof Error ? err.message : String(err) }))
      setBusy(null)
    }
  }

  const card = (tpl: GalleryTemplate) => (
    <TemplateCard
      key={tpl.id}
      template={tpl}
      actionLabel={busy === tpl.id ? t('templates.starting') : t('templates.start')}
      actionAriaLabel={t('templates.startNamed', { title: tpl.title })}
      busy={busy !== null}
      onAction={start}
    />
  )

  const shown = all.filter((tpl) => filter === 'all' || tpl.category === filter)
  return (
    <section className="template-gallery" aria-labelledby="template-gallery-title">
      <h2 id="template-gallery-title">{t('templates.heading')}</h2>
      {shared === 'missing' && <p role="alert">{t('templates.sharedMissing')}</p>}
      {shared && shared !== 'missing' && (
        <section aria-label={t('templates.shared')}>
          <h2>{t('templates.shared')}</h2>
          <div className="template-grid">{card(shared)}</div>
        </section>
      )}
      <div className="template-filters" role="radiogroup" aria-label={t('templates.filter')}>
        {FILTERS.map((f) => (
          <label key={f}>
            <input type="radio" name="template-filter" checked={filter === f} onChange={() => setFilter(f)} />
            {f === 'all' ? t('templates.filter.all') : t(`templates.category.${f}`)}
          </label>
        ))}
      </div>
      {error && <p role="alert">{error}</p>}
      <div className="template-grid">{shown.map(card)}</div>
    </section>
  )
}
