/**
 * Geometry of the banded containers (iceberg levels, ladder rungs), in node-local coordinates.
 * Pure so that the drop logic, the components and the tests agree on where a band is.
 */

export const ICEBERG_LEVEL_IDS = ['events', 'patterns', 'structures', 'mental-models'] as const
export type IcebergLevelId = (typeof ICEBERG_LEVEL_IDS)[number]

/** Bottom → top, as the ladder is climbed. */
export const LADDER_RUNG_IDS = [
  'data',
  'selected',
  'meanings',
  'assumptions',
  'conclusions',
  'beliefs',
  'actions',
] as const
export type LadderRungId = (typeof LADDER_RUNG_IDS)[number]

/** Space above the bands for the container's own title. */
export const CONTAINER_HEADER = 36

export interface Band<Id extends string> {
  id: Id
  top: number
  height: number
}

function equalBands<Id extends string>(ids: readonly Id[], h: number): Band<Id>[] {
  const height = Math.max(1, (h - CONTAINER_HEADER) / ids.length)
  return ids.map((id, i) => ({ id, top: CONTAINER_HEADER + i * height, height }))
}

/** Iceberg bands top → bottom: events first, mental models deepest. */
export function icebergBands(h: number): Band<IcebergLevelId>[] {
  return equalBands(ICEBERG_LEVEL_IDS, h)
}

/** Ladder rungs top → bottom on screen (actions at the top, observable data at the bottom). */
export function ladderBands(h: number): Band<LadderRungId>[] {
  return equalBands([...LADDER_RUNG_IDS].reverse(), h)
}

/** The band containing local y, clamped to the first/last band. */
export function bandAt<Id extends string>(bands: Band<Id>[], localY: number): Id | undefined {
  if (bands.length === 0) return undefined
  for (const b of bands) if (localY < b.top + b.height) return b.id
  return bands[bands.length - 1]!.id
}
