import type { BoardJson } from '@causeway/model'

/** Named versions of a board (server/src/routes/versions.ts). */
export interface VersionInfo {
  id: string
  name: string
  createdAt: number
}

async function call<T>(method: string, url: string, token: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` }
  if (body !== undefined) headers['content-type'] = 'application/json'
  const res = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!res.ok) {
    const err = (await res.json().catch(() => null)) as { error?: string } | null
    throw new Error(err?.error ?? `${res.status} ${res.statusText}`)
  }
  return (await res.json()) as T
}

const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/versions`

export const versionsApi = {
  save: (boardId: string, token: string, name: string) =>
    call<VersionInfo>('POST', base(boardId), token, { name }),
  list: (boardId: string, token: string) => call<VersionInfo[]>('GET', base(boardId), token),
  load: (boardId: string, token: string, versionId: string) =>
    call<BoardJson>('GET', `${base(boardId)}/${encodeURIComponent(versionId)}`, token),
}
