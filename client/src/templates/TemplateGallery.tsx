import { useEffect, useMemo, useState } from 'react'
import type { DragEvent } from 'react'
import { createBoard } from '../board/api'
import { openCreatedBoard } from '../home/HomePage'
import { t } from '../i18n'
import { builtInTemplates, fetchCustomTemplate, sharedTemplateId } from './source'
import type { GalleryTemplate } from './source'
import { TemplateCard } from './TemplateCard'
import { TemplateFileUpload } from './TemplateFileUpload'
import { useTemplateUpload } from './useTemplateUpload'
import './messages'
import './templates.css'

const FILTERS = ['all', 'tool', 'archetype', 'reflection'] as const

type Shared = GalleryTemplate | null | { missing: true } | { failed: string }

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files')

/**
 * Home-page gallery: every built-in template, a custom one when opened from its share link, and
 * one uploaded from a template file (chosen, or dropped anywhere on the gallery).
 */
export function TemplateGallery() {
  const all = useMemo(builtInTemplates, [])
  const [shared, setShared] = useState<Shared>(null)
  const [dropping, setDropping] = useState(false)
  const { state: upload, upload: uploadFile } = useTemplateUpload()
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('all')
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const id = sharedTemplateId(window.location.search)
    if (!id) return
    let live = true
    fetchCustomTemplate(id).then(
      (tpl) => live && setShared(tpl ?? { missing: true }),
      (err: unknown) => live && setShared({ failed: err instanceof Error ? err.message : String(err) }),
    )
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

  function onDrop(e: DragEvent) {
    if (!hasFiles(e)) return
    e.preventDefault()
    setDropping(false)
    const file = e.dataTransfer.files[0]
    if (file) void uploadFile(file)
  }

  const shown = all.filter((tpl) => filter === 'all' || tpl.category === filter)
  return (
    <section
      className={`template-gallery${dropping ? ' template-gallery--drop' : ''}`}
      aria-labelledby="template-gallery-title"
      onDragOver={(e) => {
        // Without preventDefault the browser would open the dropped file instead.
        if (!hasFiles(e)) return
        e.preventDefault()
        setDropping(true)
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropping(false)
      }}
      onDrop={onDrop}
    >
      <h2 id="template-gallery-title">{t('templates.heading')}</h2>
      {shared && 'missing' in shared && <p role="alert">{t('templates.sharedMissing')}</p>}
      {shared && 'failed' in shared && <p role="alert">{t('templates.sharedFailed', { reason: shared.failed })}</p>}
      {shared && 'id' in shared && (
        <section aria-label={t('templates.shared')}>
          <h2>{t('templates.shared')}</h2>
          <div className="template-grid">{card(shared)}</div>
        </section>
      )}
      <TemplateFileUpload state={upload} onFile={(f) => void uploadFile(f)} renderCard={card} />
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
