/** The workshop HTTP API (docs/workshop-api.md). Errors carry the server's own wording. */

export interface TeamBoard {
  team: number
  name: string
  boardId: string
  joined?: number
}

export interface Broadcast {
  message: string
  sentAt: number
  timerEndsAt?: number
}

export interface CreatedWorkshop {
  id: string
  code: string
  codeExpiresAt: number
  facilitatorToken: string
  facilitatorUrl: string
  joinUrl: string
  boards: TeamBoard[]
}

export interface WorkshopSummary {
  id: string
  title: string
  code: string
  codeExpiresAt: number
  revoked: boolean
  teamsSeeEachOther: boolean
  locked: boolean
  galleryOpen: boolean
  broadcast: Broadcast | null
  teams: TeamBoard[]
}

export interface Joined {
  workshopId: string
  title: string
  team: number
  teamName: string
  boardId: string
  token: string
  boardUrl: string
}

/** A team as the join page offers it, before joining (no board id). */
export interface TeamChoice {
  team: number
  name: string
  joined: number
}

export interface CodeLookup {
  title: string
  teams: TeamChoice[]
}

export interface GalleryBoard {
  team: number
  name: string
  boardId: string
  viewToken: string
}

export class WorkshopApiError extends Error {
  constructor(
    public readonly status: number,
    message: string,
    public readonly retryAfter: number | null = null,
  ) {
    super(message)
  }
}

async function call<T>(
  method: string,
  url: string,
  token: string | null,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `Bearer ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!res.ok) {
    const err = (await res.json().catch(() => null)) as {
      error?: string
      retryAfter?: number
    } | null
    const header = Number(res.headers.get('retry-after'))
    const retry = Number.isFinite(header) && header > 0 ? header : (err?.retryAfter ?? null)
    throw new WorkshopApiError(res.status, err?.error ?? `${res.status} ${res.statusText}`, retry)
  }
  // 204 (a deleted workshop) has no body to parse.
  if (res.status === 204) return undefined as T
  return (await res.json()) as T
}

const ws = (id: string) => `/api/workshops/${encodeURIComponent(id)}`

export const workshopApi = {
  create: (input: {
    title: string
    template?: string
    teams: number
    teamsSeeEachOther: boolean
  }) => call<CreatedWorkshop>('POST', '/api/workshops', null, input),
  join: (input: { code: string; name: string; team?: number }) =>
    call<Joined>('POST', '/api/join', null, input),
  /** The workshop a code opens and its teams; a wrong code counts against the join throttle. */
  lookupCode: (code: string) => call<CodeLookup>('POST', '/api/join/teams', null, { code }),
  summary: (id: string, token: string) => call<WorkshopSummary>('GET', ws(id), token),
  /** Erases every team board, the code and the workshop (no undo). */
  remove: (id: string, token: string) => call<void>('DELETE', ws(id), token),
  code: (id: string, token: string, action: 'revoke' | 'renew') =>
    call<{ code: string; codeExpiresAt: number; revoked: boolean }>(
      'POST',
      `${ws(id)}/code`,
      token,
      { action },
    ),
  lock: (id: string, token: string, locked: boolean) =>
    call<unknown>('POST', `${ws(id)}/lock`, token, { locked }),
  gallery: (id: string, token: string, open: boolean) =>
    call<unknown>('POST', `${ws(id)}/gallery`, token, { open }),
  galleryBoards: (id: string, boardToken: string) =>
    call<GalleryBoard[]>('GET', `${ws(id)}/gallery`, boardToken),
  broadcast: (id: string, token: string, b: { message?: string; timerSeconds?: number }) =>
    call<unknown>('POST', `${ws(id)}/broadcast`, token, b),
  pushTemplate: (id: string, token: string, template: string) =>
    call<unknown>('POST', `${ws(id)}/template`, token, { template }),
}

export interface TemplateInfo {
  id: string
  title: string
}

export async function listTemplates(): Promise<TemplateInfo[]> {
  const list = await call<Array<{ id: string; title: string }>>('GET', '/api/templates', null)
  return list.map(({ id, title }) => ({ id, title }))
}
