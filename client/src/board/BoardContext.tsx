import { createContext, useContext } from 'react'
import type * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import type { Awareness } from 'y-protocols/awareness'

export type BoardRole = 'edit' | 'view'

/**
 * Everything a board feature needs, shared by the canvas and the panels other modules add
 * (loops, export, layout, outline, kinds). Document changes go through @causeway/model commands
 * with `origin`, so `undoManager` undoes exactly this user's gestures.
 */
export interface BoardContextValue {
  boardId: string
  doc: Y.Doc
  provider: WebsocketProvider
  awareness: Awareness
  undoManager: Y.UndoManager
  /** Pass as the `origin` of every local model command (tracked by undoManager). */
  origin: object
  role: BoardRole
  token: string
  /** True for view-only links and while the board is locked: show no editing affordances. */
  readOnly: boolean
}

export const BoardContext = createContext<BoardContextValue | null>(null)

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext)
  if (!value) throw new Error('useBoard() must be used inside a board page')
  return value
}
