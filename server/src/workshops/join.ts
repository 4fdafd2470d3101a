import { HttpError } from '../http/respond'
import type { WorkshopDeps } from './deps'
import { hashCode, normalizeCode } from './join-code'
import type { JoinThrottle } from './join-throttle'
import { pickTeam } from './workshop-service'

export const MESSAGES = {
  wrong: 'That code is not valid. Check it with your facilitator.',
  expired: 'That code has expired. Ask your facilitator for a new one.',
  revoked: 'That code has been turned off by your facilitator. Ask them for a new one.',
  throttled: 'Too many wrong codes from this network. Wait a moment and try again.',
}

export interface JoinResult {
  workshopId: string
  title: string
  team: number
  teamName: string
  boardId: string
  token: string
}

/**
 * Exchanges a join code for an edit token on a team board. The throttle is checked first, so a
 * right code from an IP that has just guessed too often is refused until its window passes.
 */
export async function joinWorkshop(
  deps: WorkshopDeps,
  throttle: JoinThrottle,
  ip: string,
  body: Record<string, unknown>,
): Promise<JoinResult> {
  const wait = throttle.blockedFor(ip)
  if (wait > 0) throw new HttpError(429, MESSAGES.throttled, { retryAfter: wait })
  const name = typeof body.name === 'string' ? body.name.trim() : ''
  if (!name || name.length > 60) throw new HttpError(400, 'Type your name (up to 60 characters).')

  const code = normalizeCode(body.code)
  const w = code ? deps.workshops.byCodeHash(hashCode(code)) : null
  const refusal = !w ? MESSAGES.wrong : w.revoked ? MESSAGES.revoked : w.codeExpiresAt <= Date.now() ? MESSAGES.expired : null
  if (refusal || !w) {
    throttle.recordFailure(ip)
    throw new HttpError(404, refusal ?? MESSAGES.wrong)
  }
  const team = pickTeam(deps.workshops.teams(w.id), body.team)
  const token = await deps.store.mintToken(team.boardId, 'participant')
  deps.workshops.countJoin(w.id, team.team)
  return { workshopId: w.id, title: w.title, team: team.team, teamName: team.name, boardId: team.boardId, token }
}
