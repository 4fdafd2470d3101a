import { memo } from 'react'
import { t } from '../i18n'
import type { TeamBoard } from './api'
import { facilitatorBoardUrl } from './membership'
import { useLiveBoard } from './useLiveBoard'

/** One team's board as the facilitator sees it on the dashboard: live picture, people, activity. */
export const TeamThumbnail = memo(function TeamThumbnail({
  team,
  token,
  workshopId,
}: {
  team: TeamBoard
  token: string
  workshopId: string
}) {
  const live = useLiveBoard(team.boardId, token, team.name)
  // A button, not a link: a link would show the facilitator token in the status bar on hover,
  // and the dashboard is usually on the projector.
  const open = () =>
    window.open(facilitatorBoardUrl(team.boardId, token, workshopId), '_blank', 'noopener')
  return (
    <li className="team-card" data-testid="team-card" data-team={team.team}>
      <h3>{team.name}</h3>
      <button
        type="button"
        className="team-open"
        onClick={open}
        aria-label={t('dash.open', { name: team.name })}
      >
        <span
          className="team-thumb"
          role="img"
          aria-label={t('dash.thumb', { name: team.name })}
          data-testid="team-thumb"
          // boardToSvg escapes every label and title, so this markup holds no user HTML.
          dangerouslySetInnerHTML={{ __html: live.svg ?? '' }}
        />
      </button>
      <p className="team-people">
        {live.names.length ? t('dash.people', { names: live.names.join(', ') }) : t('dash.nobody')}
      </p>
      <p className="team-activity">
        <meter min={0} max={60} value={Math.min(60, live.recentChanges)} aria-hidden="true" />{' '}
        {live.recentChanges === 1
          ? t('dash.activity.one')
          : t('dash.activity', { n: live.recentChanges })}
      </p>
    </li>
  )
})
