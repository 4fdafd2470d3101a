/**
 * Child-process entry: runs one sync server so its CPU and memory are measured apart from the
 * load generators. argv: <kind> <dataDir>. IPC: sends {type:'ready', httpUrl, wsBase};
 * answers {type:'stats'} with CPU/RSS/event-loop delay since the last {type:'reset'}; exits on
 * {type:'close'}.
 */
import http from 'node:http'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { WebSocketServer } from 'ws'
import type { WebSocket } from 'ws'
import type { ServerKind } from './targets.ts'

const kind = process.argv[2] as ServerKind
const dataDir = process.argv[3] ?? '/tmp/causeway-bench'
const HOST = '127.0.0.1'

interface Running {
  httpUrl: string
  wsBase: string
  close: () => Promise<void>
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, HOST, () => resolve((server.address() as { port: number }).port))
  })
}

async function startYws(): Promise<Running> {
  const { setupWSConnection } = (await import('@y/websocket-server/utils')) as {
    setupWSConnection: (ws: WebSocket, req: http.IncomingMessage) => void
  }
  const server = http.createServer((_q, r) => r.end('ok'))
  const wss = new WebSocketServer({ server })
  wss.on('connection', (ws, req) => setupWSConnection(ws, req))
  const port = await listen(server)
  return { httpUrl: `http://${HOST}:${port}`, wsBase: `ws://${HOST}:${port}`, close: async () => void server.close() }
}

/**
 * The floor: relays every frame to the other sockets on the same path, no Yjs at all, except
 * the sync handshake (y-websocket message 0, step 1 or 2). Nothing stateless can answer it:
 * forwarded, every peer answers every newcomer, to everyone, ~n³ frames per room while
 * connecting, which took minutes for 60 rooms and timed out under load. The load worker starts
 * relay clients from one shared board instead, so they need no handshake; edits (0/2) and
 * awareness frames are relayed as before.
 */
const isSyncHandshake = (d: Buffer): boolean => d.length > 1 && d[0] === 0 && (d[1] === 0 || d[1] === 1)

async function startRelay(): Promise<Running> {
  const server = http.createServer((_q, r) => r.end('ok'))
  const wss = new WebSocketServer({ server })
  const rooms = new Map<string, Set<WebSocket>>()
  wss.on('connection', (ws, req) => {
    const room = (req.url ?? '/').split('?')[0] ?? '/'
    let peers = rooms.get(room)
    if (!peers) rooms.set(room, (peers = new Set()))
    const set = peers
    set.add(ws)
    ws.on('message', (data, isBinary) => {
      if (Buffer.isBuffer(data) && isSyncHandshake(data)) return
      for (const p of set) if (p !== ws && p.readyState === 1) p.send(data, { binary: isBinary })
    })
    ws.on('close', () => set.delete(ws))
  })
  const port = await listen(server)
  return { httpUrl: `http://${HOST}:${port}`, wsBase: `ws://${HOST}:${port}`, close: async () => void server.close() }
}

async function startHocuspocus(withSqlite: boolean): Promise<Running> {
  const { Server } = await import('@hocuspocus/server')
  const extensions = []
  if (withSqlite) {
    const { SQLite } = await import('@hocuspocus/extension-sqlite')
    extensions.push(new SQLite({ database: path.join(dataDir, 'hocuspocus.sqlite') }))
  }
  // debounce stays at its default (2 s): that is how Hocuspocus is deployed, and the table says so.
  const server = new Server({ port: 0, address: HOST, quiet: true, stopOnSignals: false, extensions })
  await server.listen()
  const port = server.address.port
  return { httpUrl: `http://${HOST}:${port}`, wsBase: `ws://${HOST}:${port}`, close: () => server.destroy() }
}

async function startOurs(): Promise<Running> {
  // A variable specifier: the server package is written concurrently and may not export yet.
  const spec = '@causeway/server'
  const mod = (await import(spec)) as {
    createServer: (o: Record<string, unknown>) => Promise<{ port: number; url: string; close: () => Promise<void> }>
  }
  const s = await mod.createServer({
    port: 0,
    host: HOST,
    dataDir,
    logLevel: 'warn',
    // Every bench client comes from 127.0.0.1; the per-IP socket cap (300) is for real schools.
    maxConnsPerIp: 10_000,
    // 'ours-normal' isolates what fsync-per-commit costs (SQLITE_SYNCHRONOUS=NORMAL).
    ...(kind === 'ours-normal' ? { sqliteSynchronous: 'NORMAL' } : {}),
  })
  return { httpUrl: `http://${HOST}:${s.port}`, wsBase: `ws://${HOST}:${s.port}/sync`, close: () => s.close() }
}

function start(): Promise<Running> {
  switch (kind) {
    case 'ours':
    case 'ours-normal':
      return startOurs()
    case 'yws':
      return startYws()
    case 'relay':
      return startRelay()
    case 'hocuspocus':
      return startHocuspocus(false)
    case 'hocuspocus-sqlite':
      return startHocuspocus(true)
  }
}

let peakRss = 0
let cpu0 = process.cpuUsage()
let t0 = performance.now()
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50)

/**
 * Event-loop delay, the same probe in every target's process: a server that is busy or stalled
 * (a long synchronous fsync, a big encode) answers nobody meanwhile, whatever its CPU share says.
 * Node records each whole timer interval, the 10 ms resolution included (an idle loop reads
 * ~10.1 ms), so the resolution is subtracted to report the delay alone.
 */
const ELD_RESOLUTION_MS = 10
const eld = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS })
eld.enable()
const eldMs = (ns: number): number => (eld.count > 0 ? Math.max(0, ns / 1e6 - ELD_RESOLUTION_MS) : NaN)

start().then(
  (running) => {
    process.send?.({ type: 'ready', httpUrl: running.httpUrl, wsBase: running.wsBase })
    process.on('message', (m: { type: string }) => {
      if (m.type === 'reset') {
        cpu0 = process.cpuUsage()
        t0 = performance.now()
        peakRss = process.memoryUsage().rss
        eld.reset()
        process.send?.({ type: 'reset-ok' })
      } else if (m.type === 'stats') {
        const c = process.cpuUsage(cpu0)
        peakRss = Math.max(peakRss, process.memoryUsage().rss)
        process.send?.({
          type: 'stats',
          cpuMs: (c.user + c.system) / 1000,
          wallMs: performance.now() - t0,
          peakRss,
          eldP50: eldMs(eld.percentile(50)),
          eldP99: eldMs(eld.percentile(99)),
          eldMax: eldMs(eld.max),
        })
      } else if (m.type === 'close') {
        clearInterval(sampler)
        eld.disable()
        const hard = setTimeout(() => process.exit(0), 3000)
        running.close().finally(() => {
          clearTimeout(hard)
          process.exit(0)
        })
      }
    })
  },
  (err: unknown) => {
    process.send?.({ type: 'error', error: String(err instanceof Error ? err.message : err) })
    setTimeout(() => process.exit(1), 50)
  },
)
