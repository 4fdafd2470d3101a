import { useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import { t } from '../i18n'
import { downloadBlob } from '../export/download'
import { listTemplates, workshopApi } from './api'
import type { TemplateInfo, WorkshopSummary } from './api'
import { DeleteWorkshop } from './DeleteWorkshop'
import { exportWorkshopArchive } from './exportAll'

/** Everything the facilitator does to all team boards at once. */
export function DashboardControls({
  summary,
  token,
  onChanged,
  onDeleted,
}: {
  summary: WorkshopSummary
  token: string
  onChanged: () => void
  onDeleted: () => void
}) {
  const [message, setMessage] = useState('')
  const [minutes, setMinutes] = useState(5)
  const [template, setTemplate] = useState('')
  const [templates, setTemplates] = useState<TemplateInfo[]>([])
  const [status, setStatus] = useState<string | null>(null)
  const id = summary.id

  useEffect(() => {
    listTemplates().then(setTemplates, () => setTemplates([]))
  }, [])

  const run = (action: () => Promise<unknown>) => {
    setStatus(null)
    action().then(
      () => {
        setStatus(t('dash.done'))
        onChanged()
      },
      (err: unknown) =>
        setStatus(t('dash.failed', { reason: err instanceof Error ? err.message : String(err) })),
    )
  }
  const send = (e: FormEvent) => {
    e.preventDefault()
    run(() => workshopApi.broadcast(id, token, { message: message.trim() }))
  }
  const startTimer = (e: FormEvent) => {
    e.preventDefault()
    const text = message.trim() || summary.broadcast?.message || ''
    run(() =>
      workshopApi.broadcast(id, token, { message: text, timerSeconds: Math.round(minutes * 60) }),
    )
  }
  const push = (e: FormEvent) => {
    e.preventDefault()
    if (template) run(() => workshopApi.pushTemplate(id, token, template))
  }
  const exportAll = () =>
    run(async () => {
      const progress = (done: number, total: number) =>
        setStatus(t('dash.exporting', { done, total }))
      const { blob, name } = await exportWorkshopArchive(
        summary.title,
        summary.teams,
        token,
        progress,
      )
      downloadBlob(blob, name)
    })

  return (
    <section className="dash-controls" aria-labelledby="dash-controls-title">
      <h2 id="dash-controls-title">{t('dash.controls')}</h2>
      {summary.broadcast?.message && (
        <p className="dash-current">{t('dash.current', { message: summary.broadcast.message })}</p>
      )}
      <form onSubmit={send} className="dash-row">
        <label htmlFor="dash-message">{t('dash.broadcast')}</label>
        <input
          id="dash-message"
          maxLength={500}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
        <button type="submit">{t('dash.send')}</button>
        <button
          type="button"
          onClick={() => run(() => workshopApi.broadcast(id, token, { message: '' }))}
        >
          {t('dash.clear')}
        </button>
      </form>
      <form onSubmit={startTimer} className="dash-row">
        <label htmlFor="dash-minutes">{t('dash.timer')}</label>
        <input
          id="dash-minutes"
          type="number"
          min={1}
          max={240}
          value={minutes}
          onChange={(e) => setMinutes(Math.max(1, Math.min(240, Number(e.target.value) || 1)))}
        />
        <button type="submit">{t('dash.startTimer')}</button>
      </form>
      <div className="dash-row">
        <button
          type="button"
          onClick={() => run(() => workshopApi.lock(id, token, !summary.locked))}
        >
          {summary.locked ? t('dash.unlock') : t('dash.lock')}
        </button>
        <button
          type="button"
          onClick={() => run(() => workshopApi.gallery(id, token, !summary.galleryOpen))}
        >
          {summary.galleryOpen ? t('dash.galleryClose') : t('dash.galleryOpen')}
        </button>
        <button type="button" onClick={exportAll}>
          {t('dash.export')}
        </button>
        <DeleteWorkshop workshopId={id} title={summary.title} token={token} onDeleted={onDeleted} />
      </div>
      <form onSubmit={push} className="dash-row">
        <label htmlFor="dash-template">{t('dash.pushTemplate')}</label>
        <select id="dash-template" value={template} onChange={(e) => setTemplate(e.target.value)}>
          <option value="">{t('dash.chooseTemplate')}</option>
          {templates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.title}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!template}>
          {t('dash.push')}
        </button>
      </form>
      {status && (
        <p role="status" className="dash-status">
          {status}
        </p>
      )}
    </section>
  )
}
