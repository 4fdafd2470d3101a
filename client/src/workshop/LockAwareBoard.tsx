import { useMemo } from 'react'
import type { ReactNode } from 'react'
import { BoardContext, useBoard } from '../board/BoardContext'
import { useWorkshopMeta } from './useWorkshopMeta'

/**
 * Re-provides the board context with `readOnly` following `meta.locked` live, so a facilitator's
 * lock (or unlock) takes the editing affordances away (or back) without a reload. The server
 * refuses the writes anyway; this is so nobody types into a board that will not keep it.
 */
export function LockAwareBoard({ children }: { children: ReactNode }) {
  const board = useBoard()
  const { locked } = useWorkshopMeta(board.doc)
  const value = useMemo(
    () => (locked === undefined ? board : { ...board, readOnly: board.role !== 'edit' || locked }),
    [board, locked],
  )
  return <BoardContext.Provider value={value}>{children}</BoardContext.Provider>
}
