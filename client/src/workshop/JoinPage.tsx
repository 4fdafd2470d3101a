import { useState } from 'react'
import type { FormEvent } from 'react'
import { t } from '../i18n'
import { navigate } from '../app/router'
import { rememberToken } from '../board/token'
import { loadIdentity, randomColor, saveIdentity } from '../presence/identity'
import { workshopApi, WorkshopApiError } from './api'
import { rememberMembership } from './membership'
import './messages'
import './workshop.css'

const MAX_TEAM_CHOICES = 12

function codeFromHash(): string {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('code') ?? ''
}

/** A participant types the code from the projector (or scans the QR) and lands on their team's board. */
export function JoinPage() {
  const [code, setCode] = useState(codeFromHash)
  const [name, setName] = useState(() => loadIdentity()?.name ?? '')
  const [team, setTeam] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const joined = await workshopApi.join({
        code: code.trim(),
        name: name.trim(),
        ...(team ? { team: Number(team) } : {}),
      })
      // The board asks "who are you?" only if it does not know; the name typed here is the answer.
      saveIdentity({ name: name.trim(), color: loadIdentity()?.color ?? randomColor() })
      rememberToken(joined.boardId, joined.token)
      rememberMembership(joined.boardId, {
        workshopId: joined.workshopId,
        facilitator: false,
        team: joined.team,
        teamName: joined.teamName,
      })
      navigate(`/b/${encodeURIComponent(joined.boardId)}`)
    } catch (err) {
      setBusy(false)
      if (err instanceof WorkshopApiError && err.status === 429) {
        setError(t('join.tooMany', { seconds: err.retryAfter ?? 60 }))
      } else if (err instanceof WorkshopApiError && (err.status === 404 || err.status === 400)) {
        setError(err.message)
      } else {
        setError(t('join.failed', { reason: err instanceof Error ? err.message : String(err) }))
      }
    }
  }

  return (
    <main className="workshop-page">
      <h1>{t('join.title')}</h1>
      <form className="workshop-form" onSubmit={onSubmit}>
        <label htmlFor="join-code">{t('join.code')}</label>
        <input
          id="join-code"
          className="join-code-input"
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          aria-describedby="join-code-hint"
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <small id="join-code-hint">{t('join.codeHint')}</small>
        <label htmlFor="join-name">{t('join.name')}</label>
        <input
          id="join-name"
          required
          maxLength={60}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <label htmlFor="join-team">{t('join.team')}</label>
        <select id="join-team" value={team} onChange={(e) => setTeam(e.target.value)}>
          <option value="">{t('join.teamAny')}</option>
          {Array.from({ length: MAX_TEAM_CHOICES }, (_, i) => (
            <option key={i + 1} value={String(i + 1)}>
              {t('join.teamN', { n: i + 1 })}
            </option>
          ))}
        </select>
        <button type="submit" className="primary" disabled={busy || !code.trim() || !name.trim()}>
          {busy ? t('join.busy') : t('join.submit')}
        </button>
      </form>
      {error && (
        <p role="alert" className="workshop-error">
          {error}
        </p>
      )}
    </main>
  )
}
