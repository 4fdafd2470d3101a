import type { BoardRole } from './BoardContext'

export interface CreatedBoard {
  id: string
  editToken: string
  viewToken: string
  editUrl: string
  viewUrl: string
}

export interface BoardInfo {
  id: string
  title: string
  role: BoardRole
  locked: boolean
  createdAt: number
  template?: string
}

export class ApiError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message)
  }
}

export async function createBoard(input: { title?: string; template?: string }): Promise<CreatedBoard> {
  const res = await fetch('/api/boards', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  })
  if (!res.ok) throw new ApiError(res.status, `${res.status} ${res.statusText}`)
  return (await res.json()) as CreatedBoard
}

export async function fetchBoardInfo(id: string, token: string): Promise<BoardInfo> {
  const res = await fetch(`/api/boards/${encodeURIComponent(id)}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  if (!res.ok) throw new ApiError(res.status, `${res.status} ${res.statusText}`)
  return (await res.json()) as BoardInfo
}
