/** The servers under test, how to start them in a child process and how a client joins a room. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ChildProcess } from 'node:child_process'
import WebSocket from 'ws'
import type * as Y from 'yjs'
import { WebsocketProvider } from 'y-websocket'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { forkTs, nextMessage, stopChild } from './procs.ts'
import { withTimeout } from './stats.ts'

export type ServerKind = 'ours' | 'ours-normal' | 'yws' | 'hocuspocus' | 'hocuspocus-sqlite' | 'relay'

export const LABELS: Record<ServerKind, string> = {
  ours: 'Causeway',
  'ours-normal': 'Causeway, synchronous=NORMAL (diagnostic)',
  yws: '@y/websocket-server',
  hocuspocus: 'Hocuspocus',
  'hocuspocus-sqlite': 'Hocuspocus+SQLite',
  relay: 'bare ws relay (floor)',
}

/** A room as a client sees it: its name on the wire and the token, when the server wants one. */
export interface Room {
  name: string
  token?: string
}

/** Since the last reset(): CPU ms, wall ms, peak RSS bytes, event-loop delay ms (p50/p99/max). */
export interface ServerStats {
  cpuMs: number
  wallMs: number
  peakRss: number
  eldP50: number
  eldP99: number
  eldMax: number
}

export interface ServerHandle {
  kind: ServerKind
  httpUrl: string
  wsBase: string
  child: ChildProcess
  stats: () => Promise<ServerStats>
  reset: () => Promise<void>
  stop: () => Promise<void>
}

const here = path.dirname(fileURLToPath(import.meta.url))

export async function startServer(kind: ServerKind, dataDir: string): Promise<ServerHandle> {
  const child = forkTs(path.join(here, 'server-host.ts'), [kind, dataDir])
  const ready = await nextMessage<{ type: 'ready'; httpUrl: string; wsBase: string }>(child, 'ready', 30_000)
  return {
    kind,
    httpUrl: ready.httpUrl,
    wsBase: ready.wsBase,
    child,
    stats: async () => {
      child.send({ type: 'stats' })
      return nextMessage<{ type: 'stats' } & ServerStats>(child, 'stats', 10_000)
    },
    reset: async () => {
      child.send({ type: 'reset' })
      await nextMessage(child, 'reset-ok', 10_000)
    },
    stop: () => stopChild(child),
  }
}

/** Our server needs a board created over HTTP; the peers create rooms on first join. */
export async function createRoom(kind: ServerKind, httpUrl: string, name: string): Promise<Room> {
  if (kind !== 'ours' && kind !== 'ours-normal') return { name }
  const res = await fetch(`${httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: name }),
  })
  if (res.status !== 201 && res.status !== 200) throw new Error(`POST /api/boards → ${res.status}`)
  const body = (await res.json()) as { id: string; editToken: string }
  return { name: body.id, token: body.editToken }
}

export interface Client {
  synced: Promise<void>
  /** Whether the socket is open (y-websocket only; the relay, which never syncs, needs it). */
  connected?: () => boolean
  destroy: () => void
}

/** Joins `room` with the stock provider of that server (Hocuspocus has its own protocol). */
export function connectClient(kind: ServerKind, wsBase: string, room: Room, doc: Y.Doc, timeoutMs = 30_000): Client {
  if (kind === 'hocuspocus' || kind === 'hocuspocus-sqlite') {
    const socket = new HocuspocusProviderWebsocket({ url: wsBase, WebSocketPolyfill: WebSocket, maxAttempts: 1 })
    let resolve: () => void = () => {}
    const synced = new Promise<void>((r) => (resolve = r))
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: room.name,
      document: doc,
      onSynced: () => resolve(),
    })
    provider.attach()
    return {
      synced: withTimeout(synced, timeoutMs, `hocuspocus sync ${room.name}`),
      destroy: () => {
        provider.destroy()
        socket.destroy()
      },
    }
  }
  const provider = new WebsocketProvider(wsBase, room.name, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: room.token ? { token: room.token } : {},
    disableBc: true,
    maxBackoffTime: 500,
  })
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve()
    else provider.once('sync', (s: boolean) => s && resolve())
  })
  return {
    synced: withTimeout(synced, timeoutMs, `y-websocket sync ${room.name}`),
    connected: () => provider.wsconnected,
    destroy: () => provider.destroy(),
  }
}
