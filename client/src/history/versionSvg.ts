import type { BoardJson, BoardSnapshot } from '@causeway/model'
import { boardToSvg } from '../export/svg'

/** A saved version's board JSON as a snapshot, the shape the SVG renderer draws. */
export function jsonToSnapshot(json: BoardJson): BoardSnapshot {
  const byId = <T extends { id: string }>(items: T[]) =>
    Object.fromEntries(items.map((i) => [i.id, i]))
  return {
    meta: json.meta,
    nodes: byId(json.nodes ?? []),
    edges: byId(json.edges ?? []),
    loops: Object.fromEntries((json.loops ?? []).map(({ key, ...info }) => [key, info])),
  }
}

/** The picture of a version, or null when its content cannot be drawn (the list still works). */
export function versionSvg(json: BoardJson, title: string): string | null {
  try {
    return boardToSvg(jsonToSnapshot(json), [], { title })
  } catch {
    return null
  }
}
