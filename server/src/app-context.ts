import type { IncomingMessage } from 'node:http'
import type { ServerConfig } from './config'
import type { BoardStore } from './store/board-store'
import type { RoomManager } from './sync/room-manager'
import type { Metrics } from './metrics'
import type { Logger } from './log'
import type { Router } from './http/router'

/** Everything a route module may use. Route modules are `(router, app) => void`. */
export interface AppContext {
  config: ServerConfig
  store: BoardStore
  rooms: RoomManager
  metrics: Metrics
  log: Logger
  clientIp(req: IncomingMessage): string
  /** `http://host` as the client reached us (for share links). */
  publicOrigin(req: IncomingMessage): string
}

export type RouteModule = (router: Router, app: AppContext) => void

const HOST_RE = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/

export function makeRequestInfo(config: ServerConfig, port: () => number) {
  const clientIp = (req: IncomingMessage): string => {
    if (config.trustProxy) {
      // The rightmost entry is the one our proxy appended; anything left of it came from the
      // client and could be invented to dodge the per-IP join and connection limits.
      const fwd = req.headers['x-forwarded-for']
      const all = (Array.isArray(fwd) ? fwd.join(',') : (fwd ?? '')).split(',')
      const last = all[all.length - 1]?.trim()
      if (last) return last
    }
    return req.socket.remoteAddress ?? 'unknown'
  }
  const publicOrigin = (req: IncomingMessage): string => {
    let proto = 'http'
    if (config.trustProxy) {
      const p = req.headers['x-forwarded-proto']
      if (p === 'https' || p === 'http') proto = p
    }
    const host = req.headers.host
    // A forged Host header must not turn share links into something else.
    const safeHost = host && HOST_RE.test(host) ? host : `localhost:${port()}`
    return `${proto}://${safeHost}`
  }
  return { clientIp, publicOrigin }
}
