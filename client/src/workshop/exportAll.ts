import type { BoardJson, BoardSnapshot } from '@causeway/model'
import { labelLoops, loopsOfSnapshot } from '@causeway/analysis'
import { fileStem } from '../export/download'
import { svgToPng } from '../export/png'
import { boardToSvg } from '../export/svg'
import { zipStore } from '../export/zip'
import type { ZipEntry } from '../export/zip'
import { tl } from '../loops/messages'
import { WorkshopApiError } from './api'
import type { TeamBoard } from './api'

/**
 * "Export all boards": one archive with `<team>.causeway.json`, `<team>.png` and `<team>.svg` for
 * every team board, built here because PNGs are drawn by the browser (the server's
 * `GET /api/workshops/:id/export` gives JSON + SVG only, for scripts). The JSON is the server's
 * own board export, byte for byte; the pictures are drawn from it the way a board's own
 * "Export PNG" draws them, loop badges included.
 */

/** Per board: a slow loop search must not hold up a 50-board archive (the board's own panel says more). */
const LOOP_SEARCH_MS = 100

export interface WorkshopArchive {
  blob: Blob
  name: string
}

export async function exportWorkshopArchive(
  title: string,
  teams: readonly TeamBoard[],
  token: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<WorkshopArchive> {
  const entries: ZipEntry[] = []
  const used = new Set<string>()
  const encoder = new TextEncoder()
  for (const [i, team] of teams.entries()) {
    onProgress(i, teams.length)
    const text = await boardJsonText(team.boardId, token)
    if (text === null) continue
    const snapshot = snapshotOf(JSON.parse(text) as BoardJson)
    const svg = drawing(snapshot)
    const base = uniqueBase(team.name, used)
    entries.push(
      { name: `${base}.causeway.json`, data: encoder.encode(text) },
      { name: `${base}.png`, data: new Uint8Array(await (await svgToPng(svg)).arrayBuffer()) },
      { name: `${base}.svg`, data: encoder.encode(svg) },
    )
  }
  onProgress(teams.length, teams.length)
  return {
    blob: new Blob([zipStore(entries) as BlobPart], { type: 'application/zip' }),
    name: `${fileStem(title)}.zip`,
  }
}

/** The board JSON as the server exports it, or null for a board that no longer exists. */
async function boardJsonText(boardId: string, token: string): Promise<string | null> {
  const res = await fetch(`/api/boards/${encodeURIComponent(boardId)}/export/json`, {
    headers: { authorization: `Bearer ${token}` },
  })
  if (res.status === 404) return null
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null
    throw new WorkshopApiError(res.status, body?.error ?? `${res.status} ${res.statusText}`)
  }
  return res.text()
}

/** Board JSON lists what the snapshot keys by id; drawing needs the snapshot's shape back. */
function snapshotOf(json: BoardJson): BoardSnapshot {
  return {
    meta: json.meta,
    nodes: Object.fromEntries(json.nodes.map((n) => [n.id, n])),
    edges: Object.fromEntries(json.edges.map((e) => [e.id, e])),
    loops: Object.fromEntries(json.loops.map(({ key, ...info }) => [key, info])),
  }
}

function drawing(snapshot: BoardSnapshot): string {
  const loops = labelLoops(loopsOfSnapshot(snapshot, { maxMs: LOOP_SEARCH_MS }).loops)
  return boardToSvg(snapshot, loops, {
    title: tl('export.svgTitle', { title: snapshot.meta.title }),
    typeWords: { R: tl('loops.type.R'), B: tl('loops.type.B'), U: tl('loops.type.U') },
  })
}

/** Team names as file names: safe characters, and never two alike (case-insensitive file systems). */
function uniqueBase(name: string, used: Set<string>): string {
  const clean = fileStem(name)
  let base = clean
  for (let i = 2; used.has(base.toLowerCase()); i++) base = `${clean} (${i})`
  used.add(base.toLowerCase())
  return base
}
