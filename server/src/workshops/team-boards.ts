import * as Y from 'yjs'
import { initBoard, insertContent } from '@causeway/model'
import { getTemplate } from '@causeway/templates'
import type { Template } from '@causeway/templates'
import type { BoardStore } from '../store/board-store'
import { newBoardId } from '../store/tokens'
import { customTemplateStore } from '../templates/custom-template-store'

/** Built-in template ids first, then custom templates saved by facilitators — as `POST /api/boards`. */
export async function findTemplate(dataDir: string, id: string): Promise<Template | null> {
  return getTemplate(id) ?? (await customTemplateStore(dataDir).get(id))
}

/** Creates a board the way `POST /api/boards` does (same meta, same template content). */
export async function createTeamBoard(store: BoardStore, input: { title: string; template?: Template }): Promise<{ id: string }> {
  const tpl = input.template
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
