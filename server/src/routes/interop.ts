import { insertContent, toSnapshot } from '@causeway/model'
import { EXPORT_FORMATS, IMPORT_FORMATS, cleanLabel, exportBoard, frameTitle, importBoard, placeInFrame } from '@causeway/interop'
import type { ExportFormat, ExportResult, ImportFormat, ImportResult } from '@causeway/interop'
import type { RouteModule } from '../app-context'
import { HttpError, readBody, sendJson } from '../http/respond'
import { authorize } from './authorize'

function isExportFormat(f: string): f is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(f)
}
function isImportFormat(f: string): f is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(f)
}

export const interopRoutes: RouteModule = (router, app) => {
  router.get('/api/boards/:id/export/:format', async ({ req, res, params }) => {
    const format = params.format!
    const { board } = await authorize(app, req, params.id!, false)
    if (!isExportFormat(format)) throw new HttpError(404, `Unknown export format "${format}".`)
    const snapshot = await app.rooms.readDoc(board.id, (doc) => toSnapshot(doc))
    // Await either way: the interop package may make exporters async (e.g. zipped formats).
    const out: ExportResult = await Promise.resolve(exportBoard(snapshot, format))
    const body = typeof out.body === 'string' ? Buffer.from(out.body, 'utf8') : Buffer.from(out.body as Uint8Array)
    const name = `${(snapshot.meta.title || 'board').replace(/[^\w.-]+/g, '-').slice(0, 60)}.${out.extension}`
    res.writeHead(200, {
      'Content-Type': out.contentType,
      'Content-Length': body.length,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    })
    res.end(body)
  })

  router.post('/api/boards/:id/import/:format', async ({ req, res, params, url }) => {
    const format = params.format!
    const { board } = await authorize(app, req, params.id!, true)
    if (!isImportFormat(format)) throw new HttpError(404, `Unknown import format "${format}".`)
    const raw = await readBody(req, app.config.maxImportBytes)
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw)
    } catch {
      throw new HttpError(400, 'The file is not UTF-8 text.', { errors: [{ path: '$', message: 'The file is not UTF-8 text.' }] })
    }
    const result: ImportResult = await Promise.resolve(importBoard(format, text))
    if (!result.ok) {
      sendJson(res, 400, { error: 'The file could not be imported.', errors: result.errors })
      return
    }
    if (app.rooms.get(board.id)?.locked ?? board.locked) throw new HttpError(423, 'The board is locked.')
    const content = result.content
    // Like a file dropped on the board: a new frame (named after `?name=`, the file's name)
    // beside what is there, never on top of someone's work.
    const title = frameTitle(cleanLabel(url.searchParams.get('name') ?? ''))
    // One transaction on the live doc, placed against the doc as it is inside that transaction:
    // connected people see the import arrive whole, and an edit racing it cannot be landed on.
    const frameId = await app.rooms.withDoc(board.id, (doc) => {
      const placed = placeInFrame(toSnapshot(doc), content, title)
      return insertContent(doc, placed.content).get(placed.frameId)!
    })
    const ids = new Set(content.nodes.map((n) => n.id))
    const edges = content.edges.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target).length
    sendJson(res, 200, { added: { nodes: content.nodes.length, edges }, frameId })
  })
}
