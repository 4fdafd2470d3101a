import { isObject } from '@causeway/model'
import type { ImportResult } from './types'
import { INTEROP_LIMITS, cleanLabel, parseJsonText } from './limits'
import { ContentBuilder } from './content-builder'
import { own, readDelay, readPolarity } from './polarity'

/** Kumu element types that name a Causeway kind; any other type is a variable. */
const KUMU_KINDS: Record<string, string> = {
  stock: 'stock',
  flow: 'flow',
  cloud: 'cloud',
  note: 'note',
}

function asText(v: unknown): string | null {
  return typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : null
}

/** A Kumu field read from the item itself or its `attributes` (project exports nest them there). */
function field(item: Record<string, unknown>, name: string): unknown {
  const attrs = isObject(item.attributes) ? item.attributes : {}
  return own(item, name) ?? own(attrs, name)
}

/**
 * Kumu blueprint: `elements` [{label, id?, type?}], `connections` [{from, to, polarity?|type?,
 * delay?}]. `from`/`to` match an element id first, then its label.
 */
export function importKumu(text: string): ImportResult {
  const parsed = parseJsonText(text)
  if (!parsed.ok) return parsed
  const v = parsed.value
  if (!isObject(v))
    return { ok: false, errors: [{ path: '$', message: 'Expected a Kumu blueprint object.' }] }
  if (!Array.isArray(v.elements))
    return { ok: false, errors: [{ path: 'elements', message: 'Expected an array.' }] }
  if (v.connections !== undefined && !Array.isArray(v.connections))
    return { ok: false, errors: [{ path: 'connections', message: 'Expected an array.' }] }
  const connections = (v.connections ?? []) as unknown[]
  if (connections.length > INTEROP_LIMITS.links)
    return {
      ok: false,
      errors: [{ path: 'connections', message: `At most ${INTEROP_LIMITS.links} connections.` }],
    }
  const elements = v.elements as unknown[]
  return ContentBuilder.run((b) => {
    const byLabel = new Map<string, string>()
    elements.forEach((el, i) => {
      const p = `elements[${i}]`
      if (!isObject(el)) return b.error(p, 'Expected an object.')
      const label = asText(field(el, 'label'))
      if (label === null) return b.error(`${p}.label`, 'Expected a string.')
      const id = asText(field(el, 'id') ?? field(el, '_id'))
      if (id !== null && b.has(`id:${id}`)) return b.error(`${p}.id`, 'Duplicate id.')
      const x = field(el, 'x')
      const y = field(el, 'y')
      // Labels are cleaned before they key anything, so `A\u0001` and `A` name one element.
      const name = cleanLabel(label)
      const key = id !== null ? `id:${id}` : `label:${name}`
      const kind =
        own(
          KUMU_KINDS,
          String(field(el, 'type') ?? field(el, 'element type') ?? '').toLowerCase(),
        ) ?? 'variable'
      b.variable(key, p, {
        label,
        kind,
        ...(typeof x === 'number' && typeof y === 'number' && { x, y }),
      })
      if (!byLabel.has(name)) byLabel.set(name, key)
    })
    connections.forEach((c, i) => {
      const p = `connections[${i}]`
      if (!isObject(c)) return b.error(p, 'Expected an object.')
      const ends = (['from', 'to'] as const).map((end) => {
        const ref = asText(c[end])
        if (ref === null) return b.error(`${p}.${end}`, 'Expected the id or label of an element.')
        const key = b.has(`id:${ref}`) ? `id:${ref}` : byLabel.get(cleanLabel(ref))
        if (!key)
          return b.error(
            `${p}.${end}`,
            `No element with id or label ${JSON.stringify(cleanLabel(ref).slice(0, 40))}.`,
          )
        return key
      })
      // `type` is a free category in Kumu; it only counts when it spells a polarity.
      const typed =
        readPolarity(asText(field(c, 'connection type') ?? field(c, 'type')) ?? '') ?? '?'
      const rawPolarity = field(c, 'polarity')
      const polarity =
        rawPolarity === undefined ? typed : readPolarity(asText(rawPolarity) ?? 'invalid')
      if (polarity === null) return b.error(`${p}.polarity`, 'Expected "+", "-" or "?".')
      const rawDelay = asText(field(c, 'delay') ?? '')
      const delay = rawDelay === null ? null : readDelay(rawDelay)
      if (delay === null) return b.error(`${p}.delay`, 'Expected yes or no.')
      if (!ends[0] || !ends[1]) return
      b.link(ends[0], ends[1], polarity, delay, p)
      // A Kumu "mutual" connection is one line meaning both directions.
      if (String(field(c, 'direction')).toLowerCase() === 'mutual')
        b.link(ends[1], ends[0], polarity, delay, p)
    })
  })
}
