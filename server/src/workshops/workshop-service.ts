import { timingSafeEqual } from 'node:crypto'
import { HttpError } from '../http/respond'
import { hashToken, newBoardId, newToken } from '../store/tokens'
import type { WorkshopDeps } from './deps'
import { deriveCode, formatCode, hashCode, newCodeNonce } from './join-code'
import type { TeamRecord, WorkshopRecord } from './workshop-store'

export const MAX_TEAMS = 50
const DEFAULT_CODE_TTL_HOURS = 12
const MAX_CODE_TTL_HOURS = 24 * 14

export interface CreateWorkshopInput {
  title: string
  template?: string
  teams: number
  teamNames?: string[]
  teamsSeeEachOther?: boolean
  codeTtlHours?: number
}

export interface CreatedWorkshop {
  id: string
  code: string
  codeExpiresAt: number
  facilitatorToken: string
  boards: { team: number; name: string; boardId: string }[]
}

/** Validates the body of `POST /api/workshops`; every message is one a teacher can act on. */
export function parseCreateInput(body: Record<string, unknown>): CreateWorkshopInput {
  const title = typeof body.title === 'string' ? body.title.trim() : ''
  if (!title || title.length > 200) throw new HttpError(400, 'Give the workshop a title (up to 200 characters).')
  const teams = body.teams
  if (typeof teams !== 'number' || !Number.isInteger(teams) || teams < 1 || teams > MAX_TEAMS) {
    throw new HttpError(400, `teams must be a whole number from 1 to ${MAX_TEAMS}.`)
  }
  if (body.template !== undefined && typeof body.template !== 'string') throw new HttpError(400, 'template must be a template id.')
  const names = body.teamNames
  if (names !== undefined && (!Array.isArray(names) || names.some((n) => typeof n !== 'string' || n.length > 80))) {
    throw new HttpError(400, 'teamNames must be a list of names (up to 80 characters each).')
  }
  const ttl = body.codeTtlHours ?? DEFAULT_CODE_TTL_HOURS
  if (typeof ttl !== 'number' || !(ttl > 0) || ttl > MAX_CODE_TTL_HOURS) {
    throw new HttpError(400, `codeTtlHours must be more than 0 and at most ${MAX_CODE_TTL_HOURS}.`)
  }
  return {
    title,
    ...(body.template ? { template: body.template as string } : {}),
    teams,
    teamNames: (names as string[] | undefined) ?? [],
    teamsSeeEachOther: body.teamsSeeEachOther === true,
    codeTtlHours: ttl,
  }
}

export async function createWorkshop(deps: WorkshopDeps, input: CreateWorkshopInput): Promise<CreatedWorkshop> {
  const template = input.template ? await deps.findTemplate(input.template) : null
  if (input.template && !template) throw new HttpError(400, `Unknown template "${input.template}".`)
  const teams: { team: number; name: string; boardId: string }[] = []
  for (let team = 1; team <= input.teams; team++) {
    const name = input.teamNames?.[team - 1]?.trim() || `Team ${team}`
    const board = await deps.createBoard({
      title: `${input.title} — ${name}`,
      ...(template ? { template } : {}),
    })
    teams.push({ team, name, boardId: board.id })
  }
  const facilitatorToken = newToken()
  const id = newBoardId()
  const now = Date.now()
  const codeExpiresAt = now + (input.codeTtlHours ?? DEFAULT_CODE_TTL_HOURS) * 3_600_000
  // A 40-bit code can collide with a live one; the UNIQUE index says so and a fresh nonce fixes it.
  for (let attempt = 0; ; attempt++) {
    const nonce = newCodeNonce()
    const code = deriveCode(facilitatorToken, nonce)
    try {
      deps.workshops.create({
        id,
        title: input.title,
        template: input.template ?? null,
        facilitatorHash: hashToken(facilitatorToken),
        codeNonce: nonce,
        codeHash: hashCode(code),
        codeExpiresAt,
        teamsSeeEachOther: input.teamsSeeEachOther === true,
        galleryOpen: input.teamsSeeEachOther === true,
        createdAt: now,
        teams,
      })
      return { id, code: formatCode(code), codeExpiresAt, facilitatorToken, boards: teams }
    } catch (err) {
      if (attempt >= 3 || !String((err as Error).message).includes('code_hash')) throw err
    }
  }
}

/** The workshop, if the bearer is its facilitator; participants and board tokens get 403. */
export function authorizeFacilitator(deps: WorkshopDeps, workshopId: string, bearer: string | null): WorkshopRecord {
  if (!bearer) throw new HttpError(401, 'This needs the facilitator link.')
  const w = deps.workshops.get(workshopId)
  if (!w) throw new HttpError(404, 'No such workshop.')
  const given = Buffer.from(hashToken(bearer), 'hex')
  const wanted = Buffer.from(w.facilitatorHash, 'hex')
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
    throw new HttpError(403, 'Only the facilitator of this workshop can do that.')
  }
  return w
}

export function codeState(w: WorkshopRecord, facilitatorToken: string) {
  return { code: formatCode(deriveCode(facilitatorToken, w.codeNonce)), codeExpiresAt: w.codeExpiresAt, revoked: w.revoked }
}

export function workshopSummary(deps: WorkshopDeps, w: WorkshopRecord, facilitatorToken: string) {
  return {
    id: w.id,
    title: w.title,
    ...codeState(w, facilitatorToken),
    teamsSeeEachOther: w.teamsSeeEachOther,
    locked: w.locked,
    galleryOpen: w.galleryOpen,
    broadcast: w.broadcast,
    teams: deps.workshops.teams(w.id),
  }
}

/** `renew` issues a new code (the old one stops working) and lifts a revoke. */
export function changeCode(deps: WorkshopDeps, w: WorkshopRecord, action: unknown, facilitatorToken: string, ttlHours?: unknown) {
  if (action === 'revoke') {
    deps.workshops.setRevoked(w.id, true)
  } else if (action === 'renew') {
    const hours = typeof ttlHours === 'number' && ttlHours > 0 && ttlHours <= MAX_CODE_TTL_HOURS ? ttlHours : DEFAULT_CODE_TTL_HOURS
    const nonce = newCodeNonce()
    deps.workshops.setCode(w.id, nonce, hashCode(deriveCode(facilitatorToken, nonce)), Date.now() + hours * 3_600_000)
  } else {
    throw new HttpError(400, "action must be 'revoke' or 'renew'.")
  }
  return codeState(deps.workshops.get(w.id)!, facilitatorToken)
}

/** With no team asked for, a participant goes where the fewest have joined (lowest number on a tie). */
export function pickTeam(teams: TeamRecord[], wanted: unknown): TeamRecord {
  if (wanted !== undefined && wanted !== null && wanted !== '') {
    // A team picked from a <select> may arrive as "2".
    const n = typeof wanted === 'string' ? Number(wanted) : wanted
    const t = teams.find((x) => x.team === n)
    if (!t) throw new HttpError(400, `There is no team ${String(wanted)} in this workshop.`)
    return t
  }
  return teams.reduce((best, t) => (t.joined < best.joined ? t : best))
}
