import * as Y from 'yjs'
import { initBoard, insertContent } from '@causeway/model'
import { getTemplate } from '@causeway/templates'
import { HttpError } from '../http/respond'
import type { BoardStore } from '../store/board-store'
import { newBoardId } from '../store/tokens'

/** Creates a board the way `POST /api/boards` does (same meta, same template content). */
export async function createTeamBoard(store: BoardStore, input: { title: string; template?: string }): Promise<{ id: string }> {
  const tpl = input.template ? getTemplate(input.template) : undefined
  if (input.template && !tpl) throw new HttpError(400, `Unknown template "${input.template}".`)
  const doc = new Y.Doc()
  const createdAt = Date.now()
  const title = input.title.slice(0, 200)
  initBoard(doc, { title, template: tpl?.id, createdAt })
  if (tpl) insertContent(doc, tpl.content)
  const id = newBoardId()
  await store.createBoard({ id, title, template: tpl?.id ?? null, createdAt, snapshot: Y.encodeStateAsUpdate(doc) })
  doc.destroy()
  return { id }
}
