import type { IncomingMessage, ServerResponse } from 'node:http'
import { snapshotContent, toSnapshot } from '@causeway/model'
import type { RouteModule } from '../app-context'
import { HttpError, readJson, sendJson } from '../http/respond'
import { RateLimiter } from '../rate-limit'
import { CorruptTemplateError, customTemplateStore, newCustomTemplateId } from '../templates/custom-template-store'
import { authorize } from './authorize'
import { templateFromBoard, templateFromFile } from './custom-template-input'

/** `{"template":` … `}` around an uploaded file: the file itself may use the rest of the body. */
const UPLOAD_ENVELOPE_BYTES = 16

/**
 * Custom templates: a facilitator saves a board (edit token) as a template, or uploads a template
 * file (no token: it touches no board), and shares its link; `POST /api/boards {template: <id>}`
 * starts boards from it (see boards.ts).
 */
export const customTemplateRoutes: RouteModule = (router, app) => {
  const store = customTemplateStore(app.config.dataDir)
  // Saving a template is as cheap to repeat as creating a board, so it gets the same budget.
  const saves = new RateLimiter(app.config.boardCreatesPerMin)

  const shareUrl = (req: IncomingMessage, id: string) => `${app.publicOrigin(req)}/?template=${id}`
  const takeSave = (req: IncomingMessage, res: ServerResponse) => {
    const ip = app.clientIp(req)
    if (saves.take(ip)) return
    res.setHeader('Retry-After', String(saves.retryAfter(ip)))
    throw new HttpError(429, 'Too many templates saved from here; wait a minute.')
  }

  router.post('/api/templates', async ({ req, res }) => {
    const body = await readJson(req, app.config.maxJsonBytes).catch((err: unknown) => {
      // Same shape as a validation error, so the gallery shows every refusal the same way.
      if (err instanceof HttpError && err.status === 413)
        throw new HttpError(413, err.message, { path: '$', errors: [{ path: '$', message: err.message }] })
      throw err
    })
    if ('template' in body) {
      if ('boardId' in body) throw new HttpError(400, 'Send either `boardId` or `template`, not both.', { path: 'boardId' })
      takeSave(req, res)
      const template = templateFromFile(newCustomTemplateId(), body.template)
      await store.save(template)
      app.log.info({ template: template.id }, 'custom template uploaded')
      return sendJson(res, 201, { id: template.id, shareUrl: shareUrl(req, template.id) })
    }

    const { boardId, ...fields } = body
    if (typeof boardId !== 'string')
      throw new HttpError(400, '`boardId` (save a board) or `template` (a template file) is required.', { path: 'boardId' })
    const { board } = await authorize(app, req, boardId, true)
    takeSave(req, res)
    const snapshot = await app.rooms.readDoc(board.id, (doc) => toSnapshot(doc))
    const template = templateFromBoard(newCustomTemplateId(), fields, snapshotContent(snapshot))
    await store.save(template)
    app.log.info({ board: board.id, template: template.id }, 'custom template saved')
    sendJson(res, 201, { id: template.id, shareUrl: shareUrl(req, template.id) })
  })

  // Lets the gallery refuse an oversized file before reading it (the limit is MAX_JSON_BYTES).
  router.get('/api/templates/file-limits', ({ res }) => {
    sendJson(res, 200, { maxBytes: Math.max(0, app.config.maxJsonBytes - UPLOAD_ENVELOPE_BYTES) })
  })

  router.get('/api/templates/custom/:id', async ({ res, params }) => {
    let tpl
    try {
      tpl = await store.get(params.id!)
    } catch (err) {
      if (!(err instanceof CorruptTemplateError)) throw err
      app.log.error({ file: err.file, reason: err.reason }, 'stored custom template cannot be used')
      throw new HttpError(500, 'This template is stored on the server but its file is damaged; ask whoever runs this server to check its log.')
    }
    if (!tpl) throw new HttpError(404, 'No such template.')
    sendJson(res, 200, tpl)
  })
}
