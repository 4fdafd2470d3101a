import * as Y from 'yjs'
import { toBoardJson, toSnapshot } from '@causeway/model'
import type { RouteModule } from '../app-context'
import { HttpError, readJson, sendJson } from '../http/respond'
import { VersionStore } from '../versions/version-store'
import { sideDb } from '../workshops/side-db'
import { authorize } from './authorize'

const MAX_NAME = 120
/** A class saving a version every few minutes for a term stays far below this. */
const MAX_VERSIONS_PER_BOARD = 500

/**
 * Named versions of any board. Saving stores the whole live document; restoring is done by the
 * client as a new change (restoreSnapshot in @causeway/model) so it is live and undoable.
 */
export const versionRoutes: RouteModule = (router, app) => {
  let store: VersionStore | null = null
  // Opened on first use: a server nobody saves versions on holds no extra connection.
  const versions = (): VersionStore => (store ??= new VersionStore(sideDb(app.config.dataDir)))

  router.post('/api/boards/:id/versions', async ({ req, res, params }) => {
    const { board } = await authorize(app, req, params.id!, true)
    const body = await readJson(req, app.config.maxJsonBytes)
    if (body.name !== undefined && typeof body.name !== 'string') throw new HttpError(400, 'name must be text.')
    const name = (body.name as string | undefined)?.trim() || `Version of ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`
    if (name.length > MAX_NAME) throw new HttpError(400, `A version name has at most ${MAX_NAME} characters.`)
    if (versions().count(board.id) >= MAX_VERSIONS_PER_BOARD) {
      throw new HttpError(409, `This board already has ${MAX_VERSIONS_PER_BOARD} saved versions.`)
    }
    const state = await app.rooms.readDoc(board.id, (doc) => Y.encodeStateAsUpdate(doc))
    sendJson(res, 201, versions().save(board.id, name, state))
  })

  router.get('/api/boards/:id/versions', async ({ req, res, params }) => {
    const { board } = await authorize(app, req, params.id!, false)
    sendJson(res, 200, versions().list(board.id))
  })

  router.get('/api/boards/:id/versions/:vid', async ({ req, res, params }) => {
    const { board } = await authorize(app, req, params.id!, false)
    const state = versions().load(board.id, params.vid!)
    if (!state) throw new HttpError(404, 'No such version of this board.')
    const doc = new Y.Doc()
    try {
      Y.applyUpdate(doc, state)
      sendJson(res, 200, toBoardJson(toSnapshot(doc)))
    } finally {
      doc.destroy()
    }
  })
}
