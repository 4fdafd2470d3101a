import { WebSocketServer } from 'ws'
import type { WebSocket } from 'ws'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import type { BoardStore } from '../store/board-store'
import { hashToken, isValidBoardId } from '../store/tokens'
import type { Metrics } from '../metrics'
import type { Logger } from '../log'
import { roleCanWrite } from '../roles'
import { Connection } from './connection'
import type { ConnectionLimits } from './connection'
import type { RoomManager } from './room-manager'
import { RoomUnavailableError } from './room-manager'
import { CLOSE } from './close-codes'
import { ClientIdHolds } from './client-id-holds'

export interface SyncServerOptions extends ConnectionLimits {
  maxFrameBytes: number
  maxConnsPerIp: number
  maxConnsPerBoard: number
  maxMsgsPerSec: number
  /** How long a closed socket's presence id stays reserved for its link. */
  presenceHoldMs: number
  clientIp: (req: IncomingMessage) => string
}

const PING_MS = 30_000
/** Far above any honest churn; only a memory bound. */
const MAX_PRESENCE_HOLDS = 50_000

/** Accepts `/sync/:boardId?token=…` upgrades and runs each socket as a Connection. */
export class SyncServer {
  private wss: WebSocketServer
  private perIp = new Map<string, number>()
  private sockets = new Set<WebSocket>()
  private alive = new WeakSet<WebSocket>()
  private pinger: NodeJS.Timeout
  /** Presence ids of closed sockets, kept for their link across reconnects and room unloads. */
  readonly presenceHolds: ClientIdHolds

  constructor(
    private readonly store: BoardStore,
    private readonly rooms: RoomManager,
    private readonly metrics: Metrics,
    private readonly log: Logger,
    private readonly opts: SyncServerOptions,
  ) {
    // maxPayload makes ws close oversized frames with 1009 before buffering them.
    this.wss = new WebSocketServer({ noServer: true, maxPayload: opts.maxFrameBytes, perMessageDeflate: false })
    // A class shares one edit link, so one link may hold as many ids as a board has sockets, twice over.
    this.presenceHolds = new ClientIdHolds({ holdMs: opts.presenceHoldMs, perOwner: 2 * opts.maxConnsPerBoard, total: MAX_PRESENCE_HOLDS })
    // Dead peers (laptop lid closed) are found by ping/pong and their presence removed.
    this.pinger = setInterval(() => {
      for (const ws of this.sockets) {
        if (!this.alive.has(ws)) {
          ws.terminate()
          continue
        }
        this.alive.delete(ws)
        ws.ping()
      }
    }, PING_MS)
    this.pinger.unref()
  }

  get connectionCount(): number {
    return this.sockets.size
  }

  /**
   * Runs from the http server's 'upgrade' event, where a throw is an uncaught exception that
   * takes the whole process down: nothing here may throw, whatever an unauthenticated client sends.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    // Node removes its own error handler from upgraded sockets; a reset before ws adds one
    // would otherwise be an unhandled 'error' event.
    socket.on('error', () => socket.destroy())
    try {
      const url = parseRequestUrl(req.url)
      if (!url) return refuseUpgrade(socket, '400 Bad Request')
      if (!url.pathname.startsWith('/sync/')) return refuseUpgrade(socket, '404 Not Found')
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        this.accept(ws, req, url).catch((err: unknown) => {
          this.log.error({ err }, 'sync socket setup failed')
          ws.terminate()
        })
      })
    } catch (err) {
      this.log.warn({ err }, 'upgrade request refused')
      refuseUpgrade(socket, '400 Bad Request')
    }
  }

  private async accept(ws: WebSocket, req: IncomingMessage, url: URL): Promise<void> {
    const ip = this.opts.clientIp(req)
    const boardId = safeDecode(url.pathname.slice('/sync/'.length))
    this.sockets.add(ws)
    this.alive.add(ws)
    this.perIp.set(ip, (this.perIp.get(ip) ?? 0) + 1)
    // Frames that arrive while the token is checked and the room loads wait here, in order.
    const early: [Uint8Array, boolean][] = []
    let conn: Connection | null = null
    let windowStart = Date.now()
    let windowCount = 0
    ws.on('message', (data, isBinary) => {
      // A flooding client is slowed by not reading its socket, so its frames wait in TCP
      // buffers instead of in our memory or CPU; honest bursts stay far below the limit.
      const now = Date.now()
      if (now - windowStart >= 1000) {
        windowStart = now
        windowCount = 0
      }
      if (++windowCount >= this.opts.maxMsgsPerSec && ws.readyState === ws.OPEN) {
        this.metrics.rejected.inc({ reason: 'rate_paused' })
        ws.pause()
        setTimeout(() => ws.resume(), Math.max(1, windowStart + 1000 - now)).unref()
      }
      const bytes = toBytes(data)
      if (!conn) {
        if (early.length < 64) early.push([bytes, isBinary])
        else ws.close(CLOSE.MALFORMED, 'too many frames before sync')
        return
      }
      // A throw here would escape into ws's socket handler and end the process; whatever a
      // frame does that the decoder did not foresee costs this socket only.
      try {
        conn.receive(bytes, isBinary)
      } catch (err) {
        this.log.error({ err, board: boardId }, 'sync frame handling failed')
        this.metrics.rejected.inc({ reason: 'internal_error' })
        ws.close(CLOSE.INTERNAL, 'internal_error')
      }
    })
    ws.on('pong', () => this.alive.add(ws))
    ws.on('error', (err) => {
      const reason = (err as { code?: string }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'frame_too_big' : 'socket_error'
      this.metrics.rejected.inc({ reason })
    })
    ws.on('close', () => {
      this.sockets.delete(ws)
      const n = (this.perIp.get(ip) ?? 1) - 1
      if (n <= 0) this.perIp.delete(ip)
      else this.perIp.set(ip, n)
      if (conn) {
        conn.dispose()
        const room = this.rooms.get(boardId)
        if (room) {
          room.peers.delete(conn)
          this.rooms.touch(room)
        }
      }
    })

    const refuse = (code: number, reason: string): void => {
      this.metrics.rejected.inc({ reason })
      ws.close(code, reason)
    }
    if ((this.perIp.get(ip) ?? 0) > this.opts.maxConnsPerIp) return refuse(CLOSE.TRY_AGAIN, 'too_many_connections_ip')
    const token = url.searchParams.get('token')
    if (!token) return refuse(CLOSE.UNAUTHORIZED, 'missing_token')
    if (!isValidBoardId(boardId)) return refuse(CLOSE.NOT_FOUND, 'unknown_board')
    try {
      const board = await this.store.getBoard(boardId)
      if (!board) return refuse(CLOSE.NOT_FOUND, 'unknown_board')
      const role = await this.store.checkToken(boardId, token)
      if (!role) return refuse(CLOSE.UNAUTHORIZED, 'bad_token')
      const room = await this.rooms.acquire(boardId)
      if (ws.readyState !== ws.OPEN) return this.rooms.touch(room)
      if (room.peers.size >= this.opts.maxConnsPerBoard) {
        this.rooms.touch(room)
        return refuse(CLOSE.TRY_AGAIN, 'too_many_connections_board')
      }
      const access = { canWrite: roleCanWrite(role), isFacilitator: role === 'facilitator', principal: hashToken(token) }
      conn = new Connection(ws, room, access, this.metrics, this.opts, this.presenceHolds)
      room.peers.add(conn)
      this.rooms.touch(room)
      this.metrics.connectionsTotal.inc()
      conn.start()
      for (const [bytes, isBinary] of early.splice(0)) conn.receive(bytes, isBinary)
    } catch (err) {
      if (err instanceof RoomUnavailableError && err.code === 'not_found') return refuse(CLOSE.NOT_FOUND, 'unknown_board')
      this.log.error({ err, board: boardId }, 'could not open board for sync')
      refuse(CLOSE.INTERNAL, 'board_unavailable')
    }
  }

  /** Closes every socket (1001 on shutdown). */
  closeAll(code: number, reason: string): void {
    for (const ws of this.sockets) ws.close(code, reason)
  }

  /** Waits (up to timeoutMs) for closing sockets to finish their close handshake. */
  async drain(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs
    while (this.sockets.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
  }

  close(): void {
    clearInterval(this.pinger)
    for (const ws of this.sockets) ws.terminate()
    this.wss.close()
  }
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}

/** The request target as a URL, or null for one `new URL` would throw on (`http://[bad`). */
function parseRequestUrl(target: string | undefined): URL | null {
  try {
    return new URL(target ?? '/', 'http://x')
  } catch {
    return null
  }
}

/** Answers a refused upgrade with a bare HTTP status and closes the socket once it is sent. */
function refuseUpgrade(socket: Duplex, status: string): void {
  if (socket.destroyed) return
  socket.once('finish', () => socket.destroy())
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return ''
  }
}
