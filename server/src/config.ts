import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'

/**
 * Every knob of the server. Each has an environment variable (see `CONFIG_VARS`, which is also
 * the source of the table in server/CONFIG.md) and a default that is safe for a school server.
 */
export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  clientDir: string
  logLevel: string
  /** Honour X-Forwarded-For / X-Forwarded-Proto (only behind a reverse proxy you run). */
  trustProxy: boolean
  /** SQLite `synchronous` pragma: FULL survives power loss, NORMAL survives process crashes. */
  sqliteSynchronous: 'FULL' | 'NORMAL'
  maxFrameBytes: number
  maxDocBytes: number
  maxJsonBytes: number
  maxImportBytes: number
  maxConnsPerIp: number
  maxConnsPerBoard: number
  maxAwarenessBytes: number
  /** Frames per second one socket may send; past it the server stops reading that socket for a while. */
  maxMsgsPerSec: number
  /** A socket with more than this many bytes queued is too slow and is dropped. */
  maxBufferedBytes: number
  /** How long a disconnected socket's presence id is kept for the same link to take back. */
  presenceHoldMs: number
  joinAttemptsPerMin: number
  /** Window for joinAttemptsPerMin; tests shorten it. */
  joinWindowMs: number
  boardCreatesPerMin: number
  compactUpdates: number
  compactBytes: number
  roomIdleMs: number
}

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')

interface VarSpec {
  env: string
  key: keyof ServerConfig
  default: ServerConfig[keyof ServerConfig]
  doc: string
}

export const CONFIG_VARS: VarSpec[] = [
  { env: 'PORT', key: 'port', default: 8787, doc: 'TCP port for HTTP and WebSocket (0 = any free port).' },
  { env: 'HOST', key: 'host', default: '0.0.0.0', doc: 'Interface to listen on.' },
  { env: 'DATA_DIR', key: 'dataDir', default: './data', doc: 'Directory for the SQLite database (`causeway.db`).' },
  { env: 'CLIENT_DIR', key: 'clientDir', default: resolve(repoRoot, 'client/dist'), doc: 'Built client to serve (`<repo>/client/dist`).' },
  { env: 'LOG_LEVEL', key: 'logLevel', default: 'info', doc: 'pino level: `fatal` `error` `warn` `info` `debug` `silent`.' },
  { env: 'TRUST_PROXY', key: 'trustProxy', default: false, doc: '`1` behind a reverse proxy: the client IP is the last `X-Forwarded-For` entry (the one the proxy appended; earlier ones can be forged) and the scheme comes from `X-Forwarded-Proto`.' },
  { env: 'SQLITE_SYNCHRONOUS', key: 'sqliteSynchronous', default: 'FULL', doc: '`FULL` (default, fsync per group commit, survives power loss) or `NORMAL` (survives kill -9 only).' },
  { env: 'MAX_FRAME_BYTES', key: 'maxFrameBytes', default: 2 * 1024 * 1024, doc: 'Largest WebSocket frame accepted; bigger frames close the socket with 1009.' },
  { env: 'MAX_DOC_BYTES', key: 'maxDocBytes', default: 20 * 1024 * 1024, doc: 'Largest stored size of one board; updates past it are refused (4413).' },
  { env: 'MAX_JSON_BYTES', key: 'maxJsonBytes', default: 64 * 1024, doc: 'Largest JSON request body (413 past it).' },
  { env: 'MAX_IMPORT_BYTES', key: 'maxImportBytes', default: 5 * 1024 * 1024, doc: 'Largest import file body (413 past it).' },
  { env: 'MAX_CONNS_PER_IP', key: 'maxConnsPerIp', default: 300, doc: 'Open sync sockets per client IP (a school NAT puts a whole class on one IP). Past it: close 1013.' },
  { env: 'MAX_CONNS_PER_BOARD', key: 'maxConnsPerBoard', default: 150, doc: 'Open sync sockets per board. Past it: close 1013.' },
  { env: 'MAX_AWARENESS_BYTES', key: 'maxAwarenessBytes', default: 16 * 1024, doc: 'Largest awareness (presence) state of one client.' },
  { env: 'MAX_MSGS_PER_SEC', key: 'maxMsgsPerSec', default: 300, doc: 'Frames per second one socket may send; past it the server pauses reading that socket (TCP back-pressure), nothing is dropped.' },
  { env: 'MAX_BUFFERED_BYTES', key: 'maxBufferedBytes', default: 8 * 1024 * 1024, doc: 'Bytes queued to one socket, beyond the largest single frame it was sent (a big board\'s initial sync), before it is treated as too slow and closed (1013).' },
  { env: 'PRESENCE_HOLD_MS', key: 'presenceHoldMs', default: 120_000, doc: 'After a socket closes, how long its presence (awareness) id is kept for a socket with the same link: a reconnect gets it back, nobody else can take it over (ms).' },
  { env: 'JOIN_ATTEMPTS_PER_MIN', key: 'joinAttemptsPerMin', default: 30, doc: 'Wrong join-code attempts per IP per window (429 past it, until the window passes).' },
  { env: 'JOIN_WINDOW_MS', key: 'joinWindowMs', default: 60_000, doc: 'How long an IP that guessed too many wrong join codes is refused (ms).' },
  { env: 'BOARD_CREATES_PER_MIN', key: 'boardCreatesPerMin', default: 300, doc: 'Boards created per IP per minute (429 past it).' },
  { env: 'COMPACT_UPDATES', key: 'compactUpdates', default: 500, doc: 'Compact a board into one snapshot when its update log has this many rows…' },
  { env: 'COMPACT_BYTES', key: 'compactBytes', default: 1024 * 1024, doc: '…or this many bytes. Rooms are also compacted when they unload.' },
  { env: 'ROOM_IDLE_MS', key: 'roomIdleMs', default: 30_000, doc: 'How long a board with no sockets stays in memory before it unloads.' },
]

export function defaultConfig(): ServerConfig {
  const out: Record<string, unknown> = {}
  for (const v of CONFIG_VARS) out[v.key] = v.default
  return out as unknown as ServerConfig
}

/** Reads the environment; an unparsable value is an error at start-up, not a silent default. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const out = defaultConfig() as unknown as Record<string, unknown>
  for (const v of CONFIG_VARS) {
    const raw = env[v.env]
    if (raw === undefined || raw === '') continue
    if (typeof v.default === 'number') {
      const n = Number(raw)
      if (!Number.isFinite(n) || n < 0) throw new Error(`${v.env} must be a non-negative number, got "${raw}"`)
      out[v.key] = n
    } else if (typeof v.default === 'boolean') {
      out[v.key] = raw === '1' || raw.toLowerCase() === 'true'
    } else if (v.key === 'sqliteSynchronous') {
      const s = raw.toUpperCase()
      if (s !== 'FULL' && s !== 'NORMAL') throw new Error(`SQLITE_SYNCHRONOUS must be FULL or NORMAL`)
      out[v.key] = s
    } else {
      out[v.key] = raw
    }
  }
  return out as unknown as ServerConfig
}

/** The markdown table for server/CONFIG.md (kept generated so docs and code cannot drift). */
export function configTable(): string {
  const rows = CONFIG_VARS.map((v) => {
    const d = v.key === 'clientDir' ? '`<repo>/client/dist`' : `\`${String(v.default)}\``
    return `| \`${v.env}\` | ${d} | ${v.doc} |`
  })
  return ['| Variable | Default | Meaning |', '| --- | --- | --- |', ...rows].join('\n')
}
