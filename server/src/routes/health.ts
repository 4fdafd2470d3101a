import type { RouteModule } from '../app-context'
import { sendJson } from '../http/respond'

export const healthRoutes: RouteModule = (router, app) => {
  router.get('/healthz', async ({ res }) => {
    try {
      await app.store.ping()
      sendJson(res, 200, { ok: true })
    } catch {
      sendJson(res, 503, { error: 'The store is not available.' })
    }
  })
  router.get('/metrics', ({ res }) => {
    const text = app.metrics.render()
    res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' })
    res.end(text)
  })
}
