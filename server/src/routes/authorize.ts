import type { IncomingMessage } from 'node:http'
import type { AppContext } from '../app-context'
import type { BoardRecord } from '../store/board-store'
import { isValidBoardId } from '../store/tokens'
import { bearerToken, HttpError } from '../http/respond'
import { roleCanWrite } from '../roles'

export interface Authorized {
  board: BoardRecord
  role: string
  canWrite: boolean
}

/** Checks the bearer token of a request against a board: 404 unknown board, 401 bad token, 403 read-only. */
export async function authorize(
  app: AppContext,
  req: IncomingMessage,
  boardId: string,
  needWrite: boolean,
): Promise<Authorized> {
  const token = bearerToken(req)
  if (!isValidBoardId(boardId)) throw new HttpError(404, 'No such board.')
  const board = await app.store.getBoard(boardId)
  if (!board) throw new HttpError(404, 'No such board.')
  if (!token) throw new HttpError(401, 'A token is required (Authorization: Bearer <token>).')
  const role = await app.store.checkToken(boardId, token)
  if (!role) throw new HttpError(401, 'This token is not valid for this board.')
  const canWrite = roleCanWrite(role)
  if (needWrite && !canWrite) throw new HttpError(403, 'This link can only view the board.')
  return { board, role, canWrite }
}
