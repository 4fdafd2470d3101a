import type { AddNodeInput } from '@causeway/model'
import { CONTAINER_DEFAULT_SIZE } from './containment'

/** Kinds offered by the "Add shape" menu, in the order a workshop usually meets them. */
export const PALETTE_KINDS = ['iceberg', 'ladder', 'botg', 'circle', 'stock', 'flow', 'cloud', 'frame', 'prompt'] as const
export type PaletteKind = (typeof PALETTE_KINDS)[number]

/**
 * A fresh node of a kind, centred on a point, with the fields its component expects. Labels are
 * passed in (already translated) so this stays pure.
 */
export function newKindNode(kind: PaletteKind, centre: { x: number; y: number }, label: string): AddNodeInput {
  const size = CONTAINER_DEFAULT_SIZE[kind] ?? (kind === 'prompt' ? { w: 240, h: 80 } : { w: 120, h: 56 })
  const at = { x: Math.round(centre.x - size.w / 2), y: Math.round(centre.y - size.h / 2) }
  const fields: Record<string, unknown> = {}
  if (kind in CONTAINER_DEFAULT_SIZE) Object.assign(fields, { w: size.w, h: size.h })
  if (kind === 'iceberg') fields.variant = 'standard'
  if (kind === 'ladder') fields.reflexive = true
  if (kind === 'botg') Object.assign(fields, { xLabel: 'Time', yLabel: '', timeLabels: [] })
  if (kind === 'prompt') fields.w = 240
  return { kind, label, ...at, fields }
}
