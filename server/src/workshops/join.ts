import { HttpError } from '../http/respond'
import type { WorkshopDeps } from './deps'
import { hashCode, normalizeCode } from './join-code'
import type { JoinThrottle } from './join-throttle'
import { pickTeam } from './workshop-service'
import type { WorkshopRecord } from './workshop-store'

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
 * The live workshop a typed code opens, or a 404 saying why not. The throttle is checked first,
 * so a right code from an IP that has just guessed too often is refused until its window passes.
 * Only a well-formed code that matches no workshop counts against the IP (join-throttle.ts).
 */
export function workshopForCode(deps: WorkshopDeps, throttle: JoinThrottle, ip: string, input: unknown): WorkshopRecord {
  const wait = throttle.blockedFor(ip)
  if (wait > 0) throw new HttpError(429, MESSAGES.throttled, { retryAfter: wait })
  const code = normalizeCode(input)
  // Not code-shaped (too short, a 0 or an O): it can match nothing, so it is no guess either.
  if (!code) throw new HttpError(404, MESSAGES.wrong)
  const codeHash = hashCode(code)
  const w = deps.workshops.byCodeHash(codeHash)
  if (!w) {
    throttle.recordWrongCode(ip, codeHash)
    throw new HttpError(404, MESSAGES.wrong)
  }
  if (w.revoked) throw new HttpError(404, MESSAGES.revoked)
  if (w.codeExpiresAt <= Date.now()) throw new HttpError(404, MESSAGES.expired)
  return w
}

export interface TeamChoice {
  team: number
  name: string
  joined: number
}

/**
 * What the join page offers once a code is typed: the workshop's title and its real teams. Board
 * ids stay out (a code holder gets a board only by joining); a wrong code costs the same as a
 * wrong join, so this is no way round the throttle.
 */
export function teamsForCode(deps: WorkshopDeps, throttle: JoinThrottle, ip: string, body: Record<string, unknown>) {
  const w = workshopForCode(deps, throttle, ip, body.code)
  const teams: TeamChoice[] = deps.workshops.teams(w.id).map(({ team, name, joined }) => ({ team, name, joined }))
  return { title: w.title, teams }
}

/** Exchanges a join code for an edit token on a team board. */
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
  const w = workshopForCode(deps, throttle, ip, body.code)
  const team = pickTeam(deps.workshops.teams(w.id), body.team)
  const token = await deps.store.mintToken(team.boardId, 'participant')
  deps.workshops.countJoin(w.id, team.team)
  return { workshopId: w.id, title: w.title, team: team.team, teamName: team.name, boardId: team.boardId, token }
}
