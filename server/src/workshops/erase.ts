import type { WorkshopDeps } from './deps'
import type { WorkshopRecord } from './workshop-store'

/**
 * Erases a workshop: every team board (every row, sockets closed with 4404), then the workshop's
 * own rows and its code. Schools must be able to remove a session's data once it is over.
 *
 * The code is turned off first, so nobody is handed a token on a board about to go. Boards go
 * before the workshop rows: if the process dies half way, the workshop is still there and the
 * facilitator can simply ask again (deleting a board that is already gone is a no-op).
 */
export async function eraseWorkshop(deps: WorkshopDeps, w: WorkshopRecord): Promise<void> {
  deps.workshops.setRevoked(w.id, true)
  const teams = deps.workshops.teams(w.id)
  await Promise.all(teams.map((t) => deps.rooms.deleteBoard(t.boardId)))
  deps.workshops.delete(w.id)
}
