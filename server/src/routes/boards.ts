import * as Y from 'yjs'
import { initBoard, insertContent, toSnapshot } from '@causeway/model'
import { getTemplate } from '@causeway/templates'
import type { RouteModule } from '../app-context'
import { HttpError, readJson, sendJson } from '../http/respond'
import { newBoardId } from '../store/tokens'
import { RateLimiter } from '../rate-limit'
import { authorize } from './authorize'
import { customTemplateStore } from '../templates/custom-template-store'
import { workshopStore } from '../workshops/open-store'

const MAX_TITLE = 200

export const DELETE_MESSAGES = {
  teamBoard:
    'Team boards are removed with their workshop: the facilitator deletes the whole workshop from its dashboard (DELETE /api/workshops/:id).',
  notEdit: "Only the board's edit link can delete it.",
}

export const boardRoutes: RouteModule = (router, app) => {
  const creates = new RateLimiter(app.config.boardCreatesPerMin)
  const customTemplates = customTemplateStore(app.config.dataDir)

  router.post('/api/boards', async ({ req, res }) => {
    const ip = app.clientIp(req)
    if (!creates.take(ip)) {
      res.setHeader('Retry-After', String(creates.retryAfter(ip)))
      throw new HttpError(429, 'Too many boards created from here; wait a minute.')
    }
    const body = await readJson(req, app.config.maxJsonBytes)
    const { title, template } = body
    if (title !== undefined && typeof title !== 'string') throw new HttpError(400, '`title` must be a string.')
    if (template !== undefined && typeof template !== 'string') throw new HttpError(400, '`template` must be a string.')
    // Built-in ids first, then custom templates saved by facilitators (routes/custom-templates.ts).
    const tpl = template ? (getTemplate(template) ?? (await customTemplates.get(template)) ?? undefined) : undefined
    if (template && !tpl) throw new HttpError(400, `Unknown template "${template}".`)

    const doc = new Y.Doc()
    const createdAt = Date.now()
    const finalTitle = (title?.trim() || tpl?.title || 'Untitled board').slice(0, MAX_TITLE)
    initBoard(doc, { title: finalTitle, template: tpl?.id, createdAt })
    if (tpl) insertContent(doc, tpl.content)
    const id = newBoardId()
    await app.store.createBoard({ id, title: finalTitle, template: tpl?.id ?? null, createdAt, snapshot: Y.encodeStateAsUpdate(doc) })
    doc.destroy()
    const editToken = await app.store.mintToken(id, 'edit')
    const viewToken = await app.store.mintToken(id, 'view')
    const origin = app.publicOrigin(req)
    app.log.info({ board: id, template: tpl?.id }, 'board created')
    sendJson(res, 201, {
      id,
      editToken,
      viewToken,
      // Tokens ride in the fragment: browsers never send it, so it stays out of logs and referrers.
      editUrl: `${origin}/b/${id}#t=${editToken}`,
      viewUrl: `${origin}/b/${id}#t=${viewToken}`,
    })
  })

  router.get('/api/boards/:id', async ({ req, res, params }) => {
    const { board, canWrite } = await authorize(app, req, params.id!, false)
    // Title and template live in the document (people rename boards live); the row is a fallback.
    const meta = await app.rooms.readDoc(board.id, (doc) => toSnapshot(doc).meta)
    sendJson(res, 200, {
      id: board.id,
      title: meta.title || board.title,
      role: canWrite ? 'edit' : 'view',
      locked: app.rooms.get(board.id)?.locked ?? board.locked,
      createdAt: board.createdAt,
      template: meta.template ?? board.template,
    })
  })

  router.delete('/api/boards/:id', async ({ req, res, params }) => {
    const { board, role } = await authorize(app, req, params.id!, false)
    // A team board belongs to its workshop: a participant (or anyone) deleting it alone would
    // take a team's work mid-session, even while the facilitator has the boards locked.
    if (workshopStore(app.config.dataDir).workshopOfBoard(board.id)) throw new HttpError(403, DELETE_MESSAGES.teamBoard)
    // Deleting is the board owner's act: the edit link's, not every role that may write.
    if (role !== 'edit') throw new HttpError(403, DELETE_MESSAGES.notEdit)
    await app.rooms.deleteBoard(board.id)
    app.log.info({ board: board.id }, 'board deleted')
    res.writeHead(204)
    res.end()
  })
}
