import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from '../log'
import { safePath } from '../log'
import type { Metrics } from '../metrics'
import type { Router } from './router'
import { HttpError, sendError } from './respond'
import { RoomUnavailableError } from '../sync/room-manager'
import { setSecurityHeaders } from './security-headers'
import type { StaticFiles } from './static-files'

/** The HTTP entry point: security headers, routing, static files, JSON errors, access log. */
export function makeRequestHandler(router: Router, files: StaticFiles, log: Logger, metrics: Metrics) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const start = Date.now()
    setSecurityHeaders(res)
    res.on('finish', () => {
      metrics.httpRequests.inc({ code: `${Math.floor(res.statusCode / 100)}xx` })
      // Only the path: share tokens never appear in a query string we write down.
      log.debug({ method: req.method, path: safePath(req.url), status: res.statusCode, ms: Date.now() - start }, 'http')
    })
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://x')
    } catch {
      return sendError(res, 400, 'Bad request URL.')
    }
    try {
      const m = router.match(req.method ?? 'GET', url.pathname)
      if (m === 'method') return sendError(res, 405, `${req.method} is not allowed here.`)
      if (m) return await m.handler({ req, res, params: m.params, url })
      if (url.pathname.startsWith('/api/')) return sendError(res, 404, 'No such API endpoint.')
      if (files.serve(req, res, url.pathname)) return
      sendError(res, 404, 'Not found.')
    } catch (err) {
      if (res.headersSent) {
        res.destroy()
        return
      }
      if (err instanceof HttpError) return sendError(res, err.status, err.message, err.body)
      if (err instanceof RoomUnavailableError) {
        return err.code === 'not_found'
          ? sendError(res, 404, 'No such board.')
          : sendError(res, 503, 'This board cannot be opened right now; its stored data is kept safe.')
      }
      log.error({ err, path: safePath(req.url) }, 'request failed')
      sendError(res, 500, 'Something went wrong on the server.')
    }
  }
}
