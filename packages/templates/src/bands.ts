/**
 * Banded containers (iceberg, ladder): bands of equal height below a title header, in the same
 * geometry the client draws (client/src/kinds/bands.ts), so a y position means the same band
 * everywhere. Positions are absolute board coordinates; a container's (x, y) is its top-left.
 */
export const CONTAINER_HEADER = 36

export interface BandedContainer {
  y: number
  h?: unknown
}

export function containerHeight(c: BandedContainer, fallback: number): number {
  return typeof c.h === 'number' && Number.isFinite(c.h) && c.h > 0 ? c.h : fallback
}

/** Band index 0..count-1 from the top for absolute y, clamped to the first and last band. */
export function bandIndexAt(c: BandedContainer, y: number, count: number, fallbackH: number): number {
  const h = containerHeight(c, fallbackH)
  const band = Math.max(1, (h - CONTAINER_HEADER) / count)
  const i = Math.floor((y - c.y - CONTAINER_HEADER) / band)
  return Math.min(count - 1, Math.max(0, i))
}

/** Vertical centre (absolute) of band i from the top, for placing template notes. */
export function bandCentre(c: BandedContainer, i: number, count: number, fallbackH: number): number {
  const h = containerHeight(c, fallbackH)
  const band = (h - CONTAINER_HEADER) / count
  return c.y + CONTAINER_HEADER + band * i + band / 2
}
