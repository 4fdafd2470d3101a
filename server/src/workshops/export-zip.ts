import JSZip from 'jszip'
import { toBoardJson, toSnapshot } from '@causeway/model'
import { exportBoard } from '@causeway/interop'
import { skipDeleted } from './board-actions'
import type { WorkshopDeps } from './deps'
import type { WorkshopRecord } from './workshop-store'

/** File names from team names: no path separators or control characters, and never two alike. */
function fileBase(name: string, used: Set<string>): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f/\\:*?"<>|]+/g, '_').trim().slice(0, 80) || 'Team'
  let base = clean
  for (let i = 2; used.has(base.toLowerCase()); i++) base = `${clean} (${i})`
  used.add(base.toLowerCase())
  return base
}

/**
 * A zip with `<team>.causeway.json` and `<team>.svg` for every team board, for scripts. PNGs need
 * a browser to draw them: the dashboard builds its own archive with PNGs (client/src/workshop/exportAll.ts).
 */
export async function exportWorkshopZip(deps: WorkshopDeps, w: WorkshopRecord): Promise<Buffer> {
  const zip = new JSZip()
  const used = new Set<string>()
  for (const team of deps.workshops.teams(w.id)) {
    const snapshot = await deps.rooms.readDoc(team.boardId, (doc) => toSnapshot(doc)).catch(skipDeleted)
    if (!snapshot) continue
    const base = fileBase(team.name, used)
    zip.file(`${base}.causeway.json`, JSON.stringify(toBoardJson(snapshot), null, 2))
    zip.file(`${base}.svg`, exportBoard(snapshot, 'svg').body)
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}
