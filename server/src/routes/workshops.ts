import type { AppContext, RouteModule } from '../app-context'
import { bearerToken, HttpError, readJson, sendJson } from '../http/respond'
import { exportWorkshopZip } from '../workshops/export-zip'
import { broadcast, lockWorkshop, parseBroadcast, pushTemplate } from '../workshops/board-actions'
import type { WorkshopDeps } from '../workshops/deps'
import { joinWorkshop, teamsForCode } from '../workshops/join'
import { JoinThrottle } from '../workshops/join-throttle'
import { eraseWorkshop } from '../workshops/erase'
import { GalleryTokens } from '../workshops/gallery'
import { workshopStore } from '../workshops/open-store'
import { createTeamBoard, findTemplate } from '../workshops/team-boards'
import { RateLimiter } from '../rate-limit'
import {
  authorizeFacilitator,
  changeCode,
  createWorkshop,
  parseCreateInput,
  workshopSummary,
} from '../workshops/workshop-service'

/** The workshop API (docs/workshop-api.md, server/WORKSHOPS.md). */
export const workshopRoutes: RouteModule = (router, app) => {
  const deps = workshopDeps(app)
  const throttle = new JoinThrottle(app.config.joinAttemptsPerMin, app.config.joinWindowMs)
  const creates = new RateLimiter(app.config.boardCreatesPerMin)
  const gallery = new GalleryTokens(deps)

  router.post('/api/workshops', async ({ req, res }) => {
    const input = parseCreateInput(await readJson(req, app.config.maxJsonBytes))
    // A workshop makes one board per team, so it spends that many of the board-creation allowance.
    const ip = app.clientIp(req)
    for (let i = 0; i < input.teams; i++) {
      if (!creates.take(ip)) {
        res.setHeader('Retry-After', String(creates.retryAfter(ip)))
        throw new HttpError(429, 'Too many boards created from here; wait a minute.')
      }
    }
    const w = await createWorkshop(deps, input)
    const origin = app.publicOrigin(req)
    app.log.info({ workshop: w.id, teams: w.boards.length }, 'workshop created')
    sendJson(res, 201, {
      ...w,
      facilitatorUrl: `${origin}/w/${w.id}#t=${w.facilitatorToken}`,
      joinUrl: `${origin}/join#code=${w.code}`,
    })
  })

  /** A 429 from the join throttle carries Retry-After, on both join endpoints. */
  const throttled = async <T>(res: Parameters<typeof sendJson>[0], fn: () => Promise<T> | T): Promise<T> => {
    try {
      return await fn()
    } catch (err) {
      const retry = err instanceof HttpError ? err.body?.retryAfter : undefined
      if (typeof retry === 'number') res.setHeader('Retry-After', String(retry))
      throw err
    }
  }

  router.post('/api/join', async ({ req, res }) => {
    const ip = app.clientIp(req)
    const body = await readJson(req, app.config.maxJsonBytes)
    const joined = await throttled(res, () => joinWorkshop(deps, throttle, ip, body))
    const boardUrl = `${app.publicOrigin(req)}/b/${joined.boardId}#t=${joined.token}`
    sendJson(res, 200, { ...joined, boardUrl })
  })

  router.post('/api/join/teams', async ({ req, res }) => {
    const body = await readJson(req, app.config.maxJsonBytes)
    sendJson(res, 200, await throttled(res, () => teamsForCode(deps, throttle, app.clientIp(req), body)))
  })

  /** Every facilitator route: look the workshop up and check the bearer is its facilitator. */
  const facilitator = (req: Parameters<typeof bearerToken>[0], id: string) => {
    const token = bearerToken(req)
    return { w: authorizeFacilitator(deps, id, token), token: token! }
  }

  router.get('/api/workshops/:id', ({ req, res, params }) => {
    const { w, token } = facilitator(req, params.id!)
    sendJson(res, 200, workshopSummary(deps, w, token))
  })

  router.delete('/api/workshops/:id', async ({ req, res, params }) => {
    const { w } = facilitator(req, params.id!)
    const teams = deps.workshops.teams(w.id)
    await eraseWorkshop(deps, w)
    gallery.forget(teams)
    app.log.info({ workshop: w.id, teams: teams.length }, 'workshop deleted')
    res.writeHead(204)
    res.end()
  })

  router.post('/api/workshops/:id/code', async ({ req, res, params }) => {
    const { w, token } = facilitator(req, params.id!)
    const body = await readJson(req, app.config.maxJsonBytes)
    sendJson(res, 200, changeCode(deps, w, body.action, token, body.codeTtlHours))
  })

  router.post('/api/workshops/:id/lock', async ({ req, res, params }) => {
    const { w } = facilitator(req, params.id!)
    const body = await readJson(req, app.config.maxJsonBytes)
    if (typeof body.locked !== 'boolean') throw new HttpError(400, 'locked must be true or false.')
    await lockWorkshop(deps, w, body.locked)
    sendJson(res, 200, { locked: body.locked })
  })

  router.post('/api/workshops/:id/gallery', async ({ req, res, params }) => {
    const { w } = facilitator(req, params.id!)
    const body = await readJson(req, app.config.maxJsonBytes)
    if (typeof body.open !== 'boolean') throw new HttpError(400, 'open must be true or false.')
    deps.workshops.setGalleryOpen(w.id, body.open)
    // Closing ends the walk: every view token it handed out stops working, sockets included.
    if (!body.open) await gallery.end(w)
    sendJson(res, 200, { galleryOpen: body.open })
  })

  router.get('/api/workshops/:id/gallery', async ({ req, res, params }) => {
    const token = bearerToken(req)
    const w = deps.workshops.get(params.id!)
    if (!w) throw new HttpError(404, 'No such workshop.')
    if (!token) throw new HttpError(401, 'A board token is required (Authorization: Bearer <token>).')
    // View tokens only: a gallery visitor can look at another team's board but never change it.
    sendJson(res, 200, await gallery.list(w, token))
  })

  router.post('/api/workshops/:id/broadcast', async ({ req, res, params }) => {
    const { w } = facilitator(req, params.id!)
    const b = parseBroadcast(await readJson(req, app.config.maxJsonBytes))
    await broadcast(deps, w, b)
    sendJson(res, 200, { broadcast: b })
  })

  router.post('/api/workshops/:id/template', async ({ req, res, params }) => {
    const { w } = facilitator(req, params.id!)
    const body = await readJson(req, app.config.maxJsonBytes)
    await pushTemplate(deps, w, body.template)
    sendJson(res, 200, { template: body.template, boards: deps.workshops.teams(w.id).length })
  })

  router.get('/api/workshops/:id/export', async ({ req, res, params }) => {
    const { w } = facilitator(req, params.id!)
    const zip = await exportWorkshopZip(deps, w)
    const name = `${w.title.replace(/[^\w.-]+/g, '-').slice(0, 60) || 'workshop'}.zip`
    res.writeHead(200, {
      'Content-Type': 'application/zip',
      'Content-Length': zip.length,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    })
    res.end(zip)
  })
}

function workshopDeps(app: AppContext): WorkshopDeps {
  return {
    store: app.store,
    rooms: app.rooms,
    // Opened on first use: a server nobody runs a workshop on holds no extra connection.
    get workshops() {
      return workshopStore(app.config.dataDir)
    },
    createBoard: (input) => createTeamBoard(app.store, input),
    findTemplate: (id) => findTemplate(app.config.dataDir, id),
  }
}
