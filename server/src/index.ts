import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { defaultConfig } from './config'
import type { ServerConfig } from './config'
import { createLogger } from './log'
import type { Logger } from './log'
import { Metrics } from './metrics'
import { SqliteBoardStore } from './store/sqlite-store'
import type { BoardStore } from './store/board-store'
import { RoomManager } from './sync/room-manager'
import { SyncServer } from './sync/sync-server'
import { Router } from './http/router'
import { StaticFiles } from './http/static-files'
import { makeRequestHandler } from './http/handler'
import { makeRequestInfo } from './app-context'
import type { AppContext, RouteModule } from './app-context'
import { boardRoutes } from './routes/boards'
import { templateRoutes } from './routes/templates'
import { customTemplateRoutes } from './routes/custom-templates'
import { interopRoutes } from './routes/interop'
import { healthRoutes } from './routes/health'
import { workshopRoutes } from './routes/workshops'
import { versionRoutes } from './routes/versions'
import { CLOSE } from './sync/close-codes'

export type { ServerConfig } from './config'
export type { BoardStore, Role } from './store/board-store'
export type { AppContext, RouteModule } from './app-context'
export { RoomManager } from './sync/room-manager'
export { RateLimiter } from './rate-limit'
export { Router } from './http/router'
export { HttpError, readJson, sendJson, sendError, bearerToken } from './http/respond'
export { CLOSE } from './sync/close-codes'
export { WRITE_ROLES, roleCanWrite } from './roles'
export { configFromEnv, defaultConfig } from './config'

export interface RunningServer {
  port: number
  url: string
  config: ServerConfig
  rooms: RoomManager
  store: BoardStore
  metrics: Metrics
  log: Logger
  app: AppContext
  sync: SyncServer
  /** Flushes every room, closes sockets with 1001, stops listening and closes the store. */
  close(): Promise<void>
}

export interface CreateServerOptions {
  /** Extra route modules (e.g. workshops) registered after the built-in ones. */
  routes?: RouteModule[]
  logger?: Logger
}

export async function createServer(
  overrides: Partial<ServerConfig> = {},
  options: CreateServerOptions = {},
): Promise<RunningServer> {
  const config: ServerConfig = { ...defaultConfig(), ...overrides }
  const log = options.logger ?? createLogger(config.logLevel)
  const metrics = new Metrics()
  const store = new SqliteBoardStore({
    dataDir: config.dataDir,
    synchronous: config.sqliteSynchronous,
    onWrite: (s) => metrics.storeWriteSeconds.observe(s),
  })
  const rooms = new RoomManager(store, metrics, log, {
    compactUpdates: config.compactUpdates,
    compactBytes: config.compactBytes,
    idleMs: config.roomIdleMs,
  })
  let port = 0
  const info = makeRequestInfo(config, () => port)
  const app: AppContext = { config, store, rooms, metrics, log, ...info }
  const sync = new SyncServer(store, rooms, metrics, log, {
    maxFrameBytes: config.maxFrameBytes,
    maxConnsPerIp: config.maxConnsPerIp,
    maxConnsPerBoard: config.maxConnsPerBoard,
    maxMsgsPerSec: config.maxMsgsPerSec,
    maxDocBytes: config.maxDocBytes,
    maxAwarenessBytes: config.maxAwarenessBytes,
    maxBufferedBytes: config.maxBufferedBytes,
    presenceHoldMs: config.presenceHoldMs,
    clientIp: info.clientIp,
  })
  metrics.gauge('causeway_ws_connections', 'Open sync sockets.', () => sync.connectionCount)
  metrics.gauge('causeway_rooms', 'Boards loaded in memory.', () => rooms.size)

  const router = new Router()
  for (const mod of [healthRoutes, templateRoutes, customTemplateRoutes, boardRoutes, interopRoutes, workshopRoutes, versionRoutes, ...(options.routes ?? [])]) mod(router, app)
  const files = new StaticFiles(config.clientDir)
  const http = createHttpServer(makeRequestHandler(router, files, log, metrics))
  http.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head))
  http.on('clientError', (_err, socket) => socket.destroy())
  // Slow or stalled HTTP clients (slowloris) must not hold sockets for minutes.
  http.headersTimeout = 20_000
  http.requestTimeout = 60_000

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen(config.port, config.host, () => {
      http.off('error', reject)
      resolve()
    })
  })
  port = (http.address() as AddressInfo).port
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`

  let closing: Promise<void> | null = null
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      http.close()
      // Store first, then say goodbye: every accepted update is on disk before sockets close.
      await rooms.closeAll(CLOSE.GOING_AWAY)
      sync.closeAll(CLOSE.GOING_AWAY, 'server shutting down')
      await sync.drain(1000)
      sync.close()
      http.closeAllConnections()
      await store.close()
    })())

  return { port, url, config, rooms, store, metrics, log, app, sync, close }
}
