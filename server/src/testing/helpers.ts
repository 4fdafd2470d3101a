import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { createServer } from '../index'
import type { RunningServer, ServerConfig } from '../index'

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'causeway-server-'))
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

export function startServer(dataDir: string, config: Partial<ServerConfig> = {}): Promise<RunningServer> {
  return createServer({ port: 0, host: '127.0.0.1', dataDir, logLevel: 'silent', clientDir: join(dataDir, 'no-client'), ...config })
}

export interface CreatedBoard {
  id: string
  editToken: string
  viewToken: string
  editUrl: string
  viewUrl: string
}

export async function createBoard(baseUrl: string, body: Record<string, unknown> = {}): Promise<CreatedBoard> {
  const res = await fetch(`${baseUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (res.status !== 201) throw new Error(`create board: ${res.status} ${await res.text()}`)
  return (await res.json()) as CreatedBoard
}

export function wsUrl(baseUrl: string): string {
  return baseUrl.replace(/^http/, 'ws') + '/sync'
}

/** A stock y-websocket provider, exactly as a browser would use it. */
export function connect(
  baseUrl: string,
  boardId: string,
  token: string,
  doc = new Y.Doc(),
  socketClass: typeof WebSocket = WebSocket,
): WebsocketProvider {
  return new WebsocketProvider(wsUrl(baseUrl), boardId, doc, {
    params: { token },
    WebSocketPolyfill: socketClass as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
}

/** Polls until the condition holds (tests never assert on timing; this only bounds the wait). */
export async function waitFor(cond: () => boolean | Promise<boolean>, what = 'condition', timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

export function synced(p: WebsocketProvider): Promise<void> {
  return waitFor(() => p.synced, 'provider sync')
}

export function stateOf(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateVector(doc)).toString('base64')
}

/** Same content, compared by JSON of every top-level map. */
export function contentOf(doc: Y.Doc): string {
  const out: Record<string, unknown> = {}
  for (const k of ['meta', 'nodes', 'edges', 'loops']) out[k] = doc.getMap(k).toJSON()
  return stableJson(out)
}

/** Opens a raw socket and resolves with its close code (or 'open' if it stays open past the first frames). */
export function rawSocket(baseUrl: string, boardId: string, token?: string): WebSocket {
  const q = token === undefined ? '' : `?token=${encodeURIComponent(token)}`
  return new WebSocket(`${wsUrl(baseUrl)}/${boardId}${q}`)
}

export function closeCode(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => ws.on('close', (code) => resolve(code)))
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(v) ?? 'null'
}
