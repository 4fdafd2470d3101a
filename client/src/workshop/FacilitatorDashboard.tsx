import { useCallback, useEffect, useMemo, useState } from 'react'
import { t } from '../i18n'
import { ErrorScreen } from '../app/ErrorScreen'
import { workshopApi, WorkshopApiError } from './api'
import type { WorkshopSummary } from './api'
import { DashboardControls } from './DashboardControls'
import { CopyButton, JoinCodePanel } from './JoinCodePanel'
import { facilitatorDashboardUrl, readFacilitatorToken } from './membership'
import { TeamThumbnail } from './TeamThumbnail'
import './messages'
import './workshop.css'

type Load =
  | { state: 'loading' }
  | { state: 'ready'; summary: WorkshopSummary }
  | { state: 'error'; message: string }
  | { state: 'deleted' }

/** The facilitator's view of a workshop: join code for the projector, every team board live, controls. */
export function FacilitatorDashboard({ workshopId }: { workshopId: string }) {
  const token = useMemo(() => readFacilitatorToken(workshopId), [workshopId])
  const [load, setLoad] = useState<Load>({ state: 'loading' })

  const refresh = useCallback(() => {
    if (!token) return
    // Once deleted, a late answer (or a refresh on focus) must not replace that news with a 404.
    const unlessDeleted = (next: Load) =>
      setLoad((prev) => (prev.state === 'deleted' ? prev : next))
    workshopApi.summary(workshopId, token).then(
      (summary) => unlessDeleted({ state: 'ready', summary }),
      (err: unknown) =>
        unlessDeleted({
          state: 'error',
          message:
            err instanceof WorkshopApiError && (err.status === 403 || err.status === 401)
              ? t('dash.forbidden')
              : err instanceof Error
                ? err.message
                : String(err),
        }),
    )
  }, [workshopId, token])

  useEffect(refresh, [refresh])
  // Another tab (a co-facilitator, or the same person) may have changed the lock or the code.
  useEffect(() => {
    window.addEventListener('focus', refresh)
    return () => window.removeEventListener('focus', refresh)
  }, [refresh])

  const onCode = useCallback(
    (action: 'revoke' | 'renew') => {
      if (token) workshopApi.code(workshopId, token, action).then(refresh, refresh)
    },
    [workshopId, token, refresh],
  )

  const onDeleted = useCallback(() => setLoad({ state: 'deleted' }), [])

  if (load.state === 'deleted')
    return (
      <main className="workshop-page" role="status">
        <h1>{t('dash.deleted.title')}</h1>
        <p>{t('dash.deleted.body')}</p>
        <a href="/">{t('error.backHome')}</a>
      </main>
    )
  if (!token) return <ErrorScreen title={t('error.noToken.title')} body={t('dash.noToken')} />
  if (load.state === 'error')
    return <ErrorScreen title={t('error.invalidLink.title')} body={load.message} />
  if (load.state === 'loading') return <p className="loading">{t('dash.loading')}</p>
  const { summary } = load

  return (
    <main className="dashboard">
      <header className="dashboard-header">
        <a href="/" className="home-link" aria-label={t('board.home')}>
          {t('app.name')}
        </a>
        <h1>{summary.title}</h1>
        <CopyButton
          text={facilitatorDashboardUrl(summary.id, token)}
          label={t('dash.copyFacilitator')}
        />
      </header>
      <div className="dashboard-top">
        <JoinCodePanel state={summary} onAction={onCode} />
        <DashboardControls
          summary={summary}
          token={token}
          onChanged={refresh}
          onDeleted={onDeleted}
        />
      </div>
      <section aria-labelledby="dash-teams-title">
        <h2 id="dash-teams-title">{t('dash.teams')}</h2>
        <ul className="team-grid">
          {summary.teams.map((team) => (
            <TeamThumbnail key={team.boardId} team={team} token={token} workshopId={summary.id} />
          ))}
        </ul>
      </section>
    </main>
  )
}
