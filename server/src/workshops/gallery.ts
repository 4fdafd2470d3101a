import { HttpError } from '../http/respond'
import { CLOSE } from '../sync/close-codes'
import { Connection } from '../sync/connection'
import type { WorkshopDeps } from './deps'
import type { TeamRecord, WorkshopRecord } from './workshop-store'

/** A read-only look at a team board during a gallery walk (roles.ts: not a write role). */
export const GALLERY_ROLE = 'gallery'
/**
 * Team boards get no view link of their own (createTeamBoard mints none), so every read-only
 * token on one comes from a gallery walk: `gallery` now, plain `view` as earlier versions minted
 * them. Ending the walk revokes both, so tokens handed out before this change stop working too.
 */
const GALLERY_ROLES = [GALLERY_ROLE, 'view']
/** Who may ask for the gallery: the team boards' own people, never a gallery visitor. */
const MEMBER_ROLES: ReadonlySet<string> = new Set(['participant', 'facilitator'])

export interface GalleryBoard {
  team: number
  name: string
  boardId: string
  viewToken: string
}

/**
 * Gallery walk view tokens: minted while the gallery is open, revoked (rows deleted, sockets
 * closed with 4401) when it closes, so a link copied during the walk stops working after it.
 */
export class GalleryTokens {
  // One token per board while the gallery is open, so a class refreshing the gallery does not
  // grow the tokens table by a row per board per refresh (hashed at rest; this is memory only).
  private cache = new Map<string, Promise<string>>()

  constructor(private readonly deps: WorkshopDeps) {}

  /** The gallery for a member's board token; 403 while closed or for anyone else's token. */
  async list(w: WorkshopRecord, bearer: string): Promise<GalleryBoard[]> {
    const teams = this.deps.workshops.teams(w.id)
    const roles = await Promise.all(teams.map((t) => this.deps.store.checkToken(t.boardId, bearer)))
    if (!roles.some((r) => r !== null && MEMBER_ROLES.has(r))) {
      throw new HttpError(403, 'This token does not belong to this workshop.')
    }
    if (!this.isOpen(w.id)) throw new HttpError(403, 'The gallery is closed. Your facilitator will open it.')
    const out = await Promise.all(teams.map(async (t) => ({ ...entry(t), viewToken: await this.token(t.boardId) })))
    // Closed while we were minting: a token minted after the close revoked them would outlive it.
    if (!this.isOpen(w.id)) {
      await this.end(w)
      throw new HttpError(403, 'The gallery is closed. Your facilitator will open it.')
    }
    return out
  }

  /** Ends the walk on every team board: tokens deleted, sockets opened with them closed (4401). */
  async end(w: WorkshopRecord): Promise<void> {
    const teams = this.deps.workshops.teams(w.id)
    this.forget(teams)
    await Promise.all(
      teams.map(async (t) => {
        for (const role of GALLERY_ROLES) await this.deps.store.revokeTokens(t.boardId, role)
        // Read-only sockets on a team board are gallery visitors (see GALLERY_ROLES). 4401 is
        // final for the provider, and the client shows "the gallery walk has ended".
        for (const peer of this.deps.rooms.get(t.boardId)?.peers ?? []) {
          if (peer instanceof Connection && !peer.canWrite) peer.close(CLOSE.UNAUTHORIZED, 'gallery closed')
        }
      }),
    )
  }

  /** Drops cached tokens of boards that are gone or whose tokens were revoked. */
  forget(teams: readonly TeamRecord[]): void {
    for (const t of teams) this.cache.delete(t.boardId)
  }

  private isOpen(workshopId: string): boolean {
    return this.deps.workshops.get(workshopId)?.galleryOpen === true
  }

  private token(boardId: string): Promise<string> {
    let t = this.cache.get(boardId)
    if (!t) {
      t = this.deps.store.mintToken(boardId, GALLERY_ROLE)
      this.cache.set(boardId, t)
      t.catch(() => this.cache.delete(boardId))
    }
    return t
  }
}

function entry(t: TeamRecord): Omit<GalleryBoard, 'viewToken'> {
  return { team: t.team, name: t.name, boardId: t.boardId }
}
