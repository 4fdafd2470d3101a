import { useEffect, useState } from 'react'
import { ApiError, fetchBoardInfo } from './api'
import type { BoardInfo } from './api'

export type InfoState =
  | { state: 'loading' }
  | { state: 'ready'; info: BoardInfo }
  | { state: 'invalid-token' }
  | { state: 'gone' }

const cacheKey = (id: string) => `causeway.info.${id}`

/** Board metadata and our role. Offline, the last answer we got is good enough to open the board. */
export function useBoardInfo(boardId: string, token: string | null): InfoState {
  const [state, setState] = useState<InfoState>({ state: 'loading' })
  useEffect(() => {
    if (!token) return
    let live = true
    fetchBoardInfo(boardId, token).then(
      (info) => {
        try {
          sessionStorage.setItem(cacheKey(boardId), JSON.stringify(info))
        } catch {
          // no storage: fine, we just cannot open this board offline after a reload
        }
        if (live) setState({ state: 'ready', info })
      },
      (err: unknown) => {
        if (!live) return
        if (err instanceof ApiError && (err.status === 401 || err.status === 403))
          return setState({ state: 'invalid-token' })
        if (err instanceof ApiError && err.status === 404) return setState({ state: 'gone' })
        const cached = sessionStorage.getItem(cacheKey(boardId))
        if (cached) setState({ state: 'ready', info: JSON.parse(cached) as BoardInfo })
        else setState({ state: 'gone' })
      },
    )
    return () => {
      live = false
    }
  }, [boardId, token])
  return state
}
