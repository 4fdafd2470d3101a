import type { Template } from '@causeway/templates'
import type { BoardStore } from '../store/board-store'
import type { RoomManager } from '../sync/room-manager'
import type { WorkshopStore } from './workshop-store'

/** What the workshop features need from the rest of the server. */
export interface WorkshopDeps {
  store: BoardStore
  rooms: Pick<RoomManager, 'withDoc' | 'readDoc' | 'setBoardLocked' | 'deleteBoard' | 'get'>
  workshops: WorkshopStore
  /** Creates a board exactly as `POST /api/boards` does. */
  createBoard(input: { title: string; template?: Template }): Promise<{ id: string }>
  /** A built-in or custom template by id. */
  findTemplate(id: string): Promise<Template | null>
}
