import { listTemplates } from '@causeway/templates'
import type { RouteModule } from '../app-context'
import { sendJson } from '../http/respond'

export const templateRoutes: RouteModule = (router) => {
  router.get('/api/templates', ({ res }) => sendJson(res, 200, listTemplates()))
}
