import { useEffect, useState } from 'react'
import type { FormEvent } from 'react'
import { t } from '../i18n'
import { navigate } from '../app/router'
import { listTemplates, workshopApi } from './api'
import type { TemplateInfo } from './api'
import './messages'
import './workshop.css'

/** A teacher sets up a workshop: one board per team, then lands on the facilitator dashboard. */
export function CreateWorkshopPage() {
  const [title, setTitle] = useState('')
  const [template, setTemplate] = useState('')
  const [teams, setTeams] = useState('4')
  const [seeEachOther, setSeeEachOther] = useState(false)
  const [templates, setTemplates] = useState<TemplateInfo[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    listTemplates().then(setTemplates, () => setTemplates([]))
  }, [])

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const w = await workshopApi.create({
        title: title.trim(),
        teams: Math.max(1, Math.min(50, Math.round(Number(teams) || 1))),
        teamsSeeEachOther: seeEachOther,
        ...(template ? { template } : {}),
      })
      const url = new URL(w.facilitatorUrl, window.location.origin)
      navigate(url.pathname + url.hash)
    } catch (err) {
      setError(
        t('workshop.create.failed', { reason: err instanceof Error ? err.message : String(err) }),
      )
      setBusy(false)
    }
  }

  return (
    <main className="workshop-page">
      <h1>{t('workshop.create.title')}</h1>
      <p>{t('workshop.create.intro')}</p>
      <form className="workshop-form" onSubmit={onSubmit}>
        <label htmlFor="ws-title">{t('workshop.create.name')}</label>
        <input
          id="ws-title"
          required
          maxLength={200}
          value={title}
          placeholder={t('workshop.create.namePlaceholder')}
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor="ws-template">{t('workshop.create.template')}</label>
        <select id="ws-template" value={template} onChange={(e) => setTemplate(e.target.value)}>
          <option value="">{t('workshop.create.blank')}</option>
          {templates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.title}
            </option>
          ))}
        </select>
        <label htmlFor="ws-teams">{t('workshop.create.teams')}</label>
        <input
          id="ws-teams"
          type="number"
          min={1}
          max={50}
          required
          value={teams}
          onChange={(e) => setTeams(e.target.value)}
        />
        <label className="workshop-check">
          <input
            type="checkbox"
            checked={seeEachOther}
            onChange={(e) => setSeeEachOther(e.target.checked)}
          />
          {t('workshop.create.seeEachOther')}
        </label>
        <button type="submit" className="primary" disabled={busy || !title.trim()}>
          {busy ? t('workshop.create.busy') : t('workshop.create.submit')}
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
    </main>
  )
}
