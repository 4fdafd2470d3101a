import type { RunningServer } from '../index'

/** Test helpers for the workshop API, speaking plain HTTP to a real server. */

export interface CreatedWorkshopBody {
  id: string
  code: string
  codeExpiresAt: number
  facilitatorToken: string
  facilitatorUrl: string
  joinUrl: string
  boards: { team: number; name: string; boardId: string }[]
}

export interface JoinBody {
  workshopId: string
  title: string
  team: number
  teamName: string
  boardId: string
  token: string
  boardUrl: string
}

export async function api(
  server: RunningServer,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; json: unknown; headers: Headers; bytes: Buffer }> {
  const headers: Record<string, string> = {}
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (token) headers.authorization = `Bearer ${token}`
  const res = await fetch(server.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const bytes = Buffer.from(await res.arrayBuffer())
  let json: unknown = null
  if ((res.headers.get('content-type') ?? '').includes('json')) json = JSON.parse(bytes.toString('utf8'))
  return { status: res.status, json, headers: res.headers, bytes }
}

export async function createWorkshop(server: RunningServer, body: Record<string, unknown>): Promise<CreatedWorkshopBody> {
  const r = await api(server, 'POST', '/api/workshops', body)
  if (r.status !== 201) throw new Error(`create workshop: ${r.status} ${JSON.stringify(r.json)}`)
  return r.json as CreatedWorkshopBody
}

export async function join(server: RunningServer, code: string, name: string, team?: number): Promise<JoinBody> {
  const r = await api(server, 'POST', '/api/join', { code, name, ...(team !== undefined ? { team } : {}) })
  if (r.status !== 200) throw new Error(`join: ${r.status} ${JSON.stringify(r.json)}`)
  return r.json as JoinBody
}
