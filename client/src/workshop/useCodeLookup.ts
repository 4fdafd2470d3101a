import { useEffect, useState } from 'react'
import { t } from '../i18n'
import { workshopApi, WorkshopApiError } from './api'
import type { TeamChoice } from './api'
import './messages'

/** The server's alphabet (server/src/workshops/join-code.ts): no 0/O/1/I. */
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const CODE_LENGTH = 8
/** Wait for typing to settle: only a finished code is looked up, and each lookup is throttled. */
const LOOKUP_DELAY_MS = 300

export type CodeLookupState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; title: string; teams: TeamChoice[] }
  | { state: 'error'; message: string }

/** A typed code as the server reads it (case, spaces and the dash do not matter), or null if it cannot be one. */
export function codeShape(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '')
  if (code.length !== CODE_LENGTH) return null
  return [...code].every((ch) => CODE_ALPHABET.includes(ch)) ? code : null
}

/** Words for a failed join or lookup: the server's own for a bad code, a wait for 429. */
export function joinErrorMessage(err: unknown): string {
  if (err instanceof WorkshopApiError && err.status === 429)
    return t('join.tooMany', { seconds: err.retryAfter ?? 60 })
  if (err instanceof WorkshopApiError && (err.status === 404 || err.status === 400))
    return err.message
  return t('join.failed', { reason: err instanceof Error ? err.message : String(err) })
}

/**
 * Looks a finished code up so the join page can offer the workshop's real teams by name
 * (a fixed "Team 1–12" list was wrong for most workshops). Half-typed codes are not sent: they
 * cannot match, and a wrong code spends the network's join allowance.
 */
export function useCodeLookup(code: string): CodeLookupState {
  const shaped = codeShape(code)
  const [lookup, setLookup] = useState<CodeLookupState>({ state: 'idle' })
  useEffect(() => {
    if (!shaped) {
      setLookup({ state: 'idle' })
      return
    }
    let live = true
    setLookup({ state: 'loading' })
    const timer = setTimeout(() => {
      workshopApi.lookupCode(shaped).then(
        ({ title, teams }) => live && setLookup({ state: 'ready', title, teams }),
        (err: unknown) => live && setLookup({ state: 'error', message: joinErrorMessage(err) }),
      )
    }, LOOKUP_DELAY_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [shaped])
  return lookup
}
