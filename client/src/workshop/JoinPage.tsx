import { useState } from 'react'
import type { FormEvent } from 'react'
import { t } from '../i18n'
import { navigate } from '../app/router'
import { rememberToken } from '../board/token'
import { loadIdentity, randomColor, saveIdentity } from '../presence/identity'
import { workshopApi } from './api'
import { rememberMembership } from './membership'
import { joinErrorMessage, useCodeLookup } from './useCodeLookup'
import './messages'
import './workshop.css'

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
  const lookup = useCodeLookup(code)
  const teams = lookup.state === 'ready' ? lookup.teams : []
  // A team picked for another code (or before a retyped one) is not sent: that would be a 400.
  const pick = teams.some((x) => String(x.team) === team) ? team : ''
  // One message at a time: what joining said, else what the lookup said.
  const shown = error ?? (lookup.state === 'error' ? lookup.message : null)

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      const joined = await workshopApi.join({
        code: code.trim(),
        name: name.trim(),
        ...(pick ? { team: Number(pick) } : {}),
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
      setError(joinErrorMessage(err))
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
          onChange={(e) => {
            setCode(e.target.value)
            setError(null)
          }}
        />
        <small id="join-code-hint">{t('join.codeHint')}</small>
        <p className="join-lookup" aria-live="polite">
          {lookup.state === 'loading' && t('join.lookingUp')}
          {lookup.state === 'ready' && t('join.workshop', { title: lookup.title })}
        </p>
        <label htmlFor="join-name">{t('join.name')}</label>
        <input
          id="join-name"
          required
          maxLength={60}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        {lookup.state === 'ready' && (
          <>
            <label htmlFor="join-team">{t('join.team')}</label>
            <select id="join-team" value={pick} onChange={(e) => setTeam(e.target.value)}>
              <option value="">{t('join.teamAny')}</option>
              {teams.map((x) => (
                <option key={x.team} value={String(x.team)}>
                  {t('join.teamOption', { name: x.name, n: x.joined })}
                </option>
              ))}
            </select>
          </>
        )}
        <button type="submit" className="primary" disabled={busy || !code.trim() || !name.trim()}>
          {busy ? t('join.busy') : t('join.submit')}
        </button>
      </form>
      {shown && (
        <p role="alert" className="workshop-error">
          {shown}
        </p>
      )}
    </main>
  )
}
