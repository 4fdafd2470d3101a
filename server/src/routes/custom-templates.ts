import { snapshotContent, toSnapshot } from '@causeway/model'
import { validateTemplate } from '@causeway/templates'
import type { RouteModule } from '../app-context'
import { HttpError, readJson, sendJson } from '../http/respond'
import { RateLimiter } from '../rate-limit'
import { customTemplateStore, newCustomTemplateId } from '../templates/custom-template-store'
import { authorize } from './authorize'

/**
 * Custom templates: a facilitator saves a board (edit token) as a template and shares its link;
 * `POST /api/boards {template: <customId>}` starts boards from it (see boards.ts).
 */
export const customTemplateRoutes: RouteModule = (router, app) => {
  const store = customTemplateStore(app.config.dataDir)
  const saves = new RateLimiter(app.config.boardCreatesPerMin)

  router.post('/api/templates', async ({ req, res }) => {
    const body = await readJson(req, app.config.maxJsonBytes)
    const { boardId, title, description, ages, facilitatorNotes, habits } = body
    if (typeof boardId !== 'string') throw new HttpError(400, '`boardId` must be a string.', { path: 'boardId' })
    const { board } = await authorize(app, req, boardId, true)
    const ip = app.clientIp(req)
    if (!saves.take(ip)) {
      res.setHeader('Retry-After', String(saves.retryAfter(ip)))
      throw new HttpError(429, 'Too many templates saved from here; wait a minute.')
    }
    const snapshot = await app.rooms.readDoc(board.id, (doc) => toSnapshot(doc))
    const candidate = {
      id: newCustomTemplateId(),
      title: typeof title === 'string' ? title.trim() : title,
      description: description ?? '',
      ages: ages ?? 'all ages',
      habits: habits ?? [],
      facilitatorNotes: facilitatorNotes ?? '',
      category: 'tool',
      content: snapshotContent(snapshot),
    }
    const checked = validateTemplate(candidate)
    if (!checked.ok) {
      const first = checked.errors[0]!
      throw new HttpError(400, `${first.path}: ${first.message}`, { path: first.path, errors: checked.errors })
    }
    await store.save(checked.template)
    app.log.info({ board: board.id, template: checked.template.id }, 'custom template saved')
    const shareUrl = `${app.publicOrigin(req)}/?template=${checked.template.id}`
    sendJson(res, 201, { id: checked.template.id, shareUrl })
  })

  router.get('/api/templates/custom/:id', async ({ res, params }) => {
    const tpl = await store.get(params.id!)
    if (!tpl) throw new HttpError(404, 'No such template.')
    sendJson(res, 200, tpl)
  })
}
