import { boardMaps, insertContent, toSnapshot } from '@causeway/model'
import type { BoardContent } from '@causeway/model'
import { HttpError } from '../http/respond'
import { RoomUnavailableError } from '../sync/room-manager'
import type { WorkshopDeps } from './deps'
import type { Broadcast, WorkshopRecord } from './workshop-store'

/**
 * Facilitator actions applied to every team board. Each writes to the live board document on
 * the server (rooms.withDoc), so connected clients see it at once and it is stored like any edit.
 */

const MAX_MESSAGE = 500
const MAX_TIMER_SECONDS = 4 * 3600
/** Gap between existing work and a pushed template, so nothing lands on top of a team's map. */
const TEMPLATE_GAP = 200

/** A team board someone deleted is skipped; the rest of the workshop still gets the change. */
async function eachBoard(deps: WorkshopDeps, w: WorkshopRecord, fn: (boardId: string) => Promise<void>): Promise<void> {
  await Promise.all(deps.workshops.teams(w.id).map((t) => fn(t.boardId).catch(skipDeleted)))
}

export function skipDeleted(err: unknown): void {
  if (err instanceof RoomUnavailableError && err.code === 'not_found') return
  throw err
}

/** Locked boards refuse every participant write (the room drops them); meta.locked tells clients why. */
export async function lockWorkshop(deps: WorkshopDeps, w: WorkshopRecord, locked: boolean): Promise<void> {
  deps.workshops.setLocked(w.id, locked)
  await eachBoard(deps, w, async (boardId) => {
    // Written before locking, so the flag reaches clients whatever the room does with writes later.
    await deps.rooms.withDoc(boardId, (doc) => boardMaps(doc).meta.set('locked', locked))
    await deps.rooms.setBoardLocked(boardId, locked)
  })
}

export function parseBroadcast(body: Record<string, unknown>): Broadcast | null {
  const message = body.message ?? ''
  if (typeof message !== 'string' || message.length > MAX_MESSAGE) {
    throw new HttpError(400, `message must be text of at most ${MAX_MESSAGE} characters.`)
  }
  const timer = body.timerSeconds
  if (timer !== undefined && (typeof timer !== 'number' || !(timer > 0) || timer > MAX_TIMER_SECONDS)) {
    throw new HttpError(400, `timerSeconds must be more than 0 and at most ${MAX_TIMER_SECONDS}.`)
  }
  if (message === '' && timer === undefined) return null
  const sentAt = Date.now()
  return { message, sentAt, ...(timer !== undefined ? { timerEndsAt: sentAt + Math.round(timer * 1000) } : {}) }
}

/** `null` clears the banner on every board. */
export async function broadcast(deps: WorkshopDeps, w: WorkshopRecord, b: Broadcast | null): Promise<void> {
  deps.workshops.setBroadcast(w.id, b)
  await eachBoard(deps, w, (boardId) =>
    deps.rooms.withDoc(boardId, (doc) => {
      const { meta } = boardMaps(doc)
      if (b) meta.set('broadcast', b)
      else meta.delete('broadcast')
    }),
  )
}

/** Places a template to the right of each board's existing content, one transaction per board. */
export async function pushTemplate(deps: WorkshopDeps, w: WorkshopRecord, templateId: unknown): Promise<void> {
  const tpl = typeof templateId === 'string' ? await deps.findTemplate(templateId) : null
  if (!tpl) throw new HttpError(400, `Unknown template "${String(templateId)}".`)
  await eachBoard(deps, w, (boardId) =>
    deps.rooms.withDoc(boardId, (doc) => {
      insertContent(doc, tpl.content, { offset: besideExisting(doc, tpl.content) })
    }),
  )
}

function besideExisting(doc: Parameters<typeof toSnapshot>[0], content: BoardContent): { x: number; y: number } {
  const existing = Object.values(toSnapshot(doc).nodes)
  if (existing.length === 0 || content.nodes.length === 0) return { x: 0, y: 0 }
  const right = Math.max(...existing.map((n) => n.x + (typeof n.w === 'number' ? n.w : 160)))
  const top = Math.min(...existing.map((n) => n.y))
  const left = Math.min(...content.nodes.map((n) => n.x))
  const contentTop = Math.min(...content.nodes.map((n) => n.y))
  return { x: right + TEMPLATE_GAP - left, y: top - contentTop }
}
