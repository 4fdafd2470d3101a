import type { NodeSnapshot } from '@causeway/model'
import { CONTAINER_SIZES, boardBox, isContainer, nodeBox, stockFlowBox, stockFlowShape, xmlEscape } from '@causeway/interop'
import type { Box } from '@causeway/interop'
import { t } from '../i18n'
import '../kinds/messages'
import { icebergBands, ladderBands } from '../kinds/bands'
import { linesOfNode } from '../kinds/stroke'
import { wrapLabel } from './geometry'

/**
 * Each node kind as SVG, drawn the way the canvas shows it (kinds/*Node.tsx): iceberg levels,
 * ladder rungs, a graph's axes and lines, the connection circle's ring, stocks, valves, clouds.
 * Every word written on the board goes through xmlEscape; colours are checked, never copied.
 */

export interface KindContext {
  /** How many nodes sit in a container (a connection circle's elements). */
  childCount: (id: string) => number
}

const n = (v: number) => (Math.round(v * 10) / 10).toString()
const HEX = /^#[0-9a-f]{3,8}$/i
const ownColour = (v: unknown): string | null => (typeof v === 'string' && HEX.test(v) ? v : null)
const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback)
const HALO = 'stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke"'

/** Gradients and markers the kinds use; only those the drawing needs. */
export function kindDefs(kinds: ReadonlySet<string>): string {
  const defs: string[] = []
  if (kinds.has('iceberg')) {
    defs.push(
      '<linearGradient id="iceberg-water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#cfe6f5"/><stop offset="1" stop-color="#2b5f86"/></linearGradient>',
      '<linearGradient id="iceberg-water-aspirational" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#e9f7df"/><stop offset="1" stop-color="#3f7d3a"/></linearGradient>',
    )
  }
  if (kinds.has('ladder')) {
    defs.push(
      '<marker id="ladder-arrow" viewBox="0 0 8 8" refX="6" refY="4" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#8a5a00"/></marker>',
    )
  }
  return defs.join('')
}

/** A node's box: measured on screen when known, a container at its size, else from its label. */
export function kindBox(node: NodeSnapshot, measured?: { w: number; h: number }): Box {
  if (measured) return nodeBox(node, measured)
  if (isContainer(node.kind)) return boardBox(node)
  return stockFlowBox(node, nodeBox(node))
}

/** One line of text cut to fit `width` at about `px` per character (by code point, never mid-pair). */
function fit(text: string, width: number, px: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim())
  const max = Math.max(4, Math.floor(width / px))
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}\u2026`
}

function text(x: number, y: number, words: string, attrs = ''): string {
  return `<text x="${n(x)}" y="${n(y)}"${attrs ? ` ${attrs}` : ''}>${xmlEscape(words)}</text>`
}

export function labelSvg(label: string, c: { x: number; y: number }): string {
  const lines = wrapLabel(label)
  const first = c.y - ((lines.length - 1) * 17) / 2
  const spans = lines.map((l, i) => `<tspan x="${n(c.x)}" y="${n(first + i * 17)}">${xmlEscape(l)}</tspan>`).join('')
  return `<text text-anchor="middle" dominant-baseline="central" font-size="14" fill="#1a1a1a">${spans}</text>`
}

/** A container's title, top left as on the canvas. */
function title(node: NodeSnapshot, b: Box, fill = '#1a1a1a'): string {
  const words = node.label.trim() || t('kinds.untitled')
  return text(b.x + 10, b.y + 23, fit(words, b.w - 20, 8.5), `class="title" font-size="15" font-weight="600" fill="${fill}"`)
}

/** A band's name in bold and its guiding question under it (iceberg levels, ladder rungs). */
function band(attr: string, id: string, name: string, question: string, b: Box, top: number, width: number, ink: string, rule: string): string {
  return (
    `<g class="band" ${attr}="${xmlEscape(id)}">` +
    `<path d="M${n(b.x)},${n(b.y + top)} H${n(b.x + width)}" ${rule}/>` +
    text(b.x + 10, b.y + top + 18, fit(name, width - 20, 7.5), `font-size="13" font-weight="700" fill="${ink}"`) +
    text(b.x + 10, b.y + top + 35, fit(question, width - 20, 6.3), `font-size="12" font-style="italic" fill="${ink}" fill-opacity="0.85"`) +
    '</g>'
  )
}

function iceberg(node: NodeSnapshot, b: Box): string {
  const aspirational = node.variant === 'aspirational'
  const { x, y, w, h } = b
  const header = `M${n(x)},${n(y + 36)} V${n(y + 10)} Q${n(x)},${n(y)} ${n(x + 10)},${n(y)} H${n(x + w - 10)} Q${n(x + w)},${n(y)} ${n(x + w)},${n(y + 10)} V${n(y + 36)} Z`
  // The canvas's iceberg outline: the tip above the waterline, the bulk below it.
  const shape = [
    [0.42, 40 / h], [0.58, 40 / h], [0.7, 0.3], [0.96, (h - 6) / h], [0.04, (h - 6) / h], [0.3, 0.3],
  ].map(([fx, fy]) => `${n(x + w * fx!)},${n(y + h * fy!)}`)
  const parts = [
    `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="10" fill="url(#iceberg-water${aspirational ? '-aspirational' : ''})" stroke="#6b8fb0"/>`,
    `<path d="${header}" fill="${aspirational ? '#fff8e6' : '#e8f4fb'}"/>`,
    `<polygon points="${shape.join(' ')}" fill="#ffffff" fill-opacity="0.45" stroke="#ffffff" stroke-width="2"/>`,
    title(node, b),
  ]
  for (const level of icebergBands(h)) {
    const deep = level.id === 'structures' || level.id === 'mental-models'
    const question = t(aspirational ? `kinds.iceberg.aspirational.${level.id}.q` : `kinds.iceberg.${level.id}.q`)
    // The waterline (top of events) is a solid rule; the deeper bands are dashed.
    const rule = level.id === 'events' ? 'stroke="#2b6cb0" stroke-width="3"' : 'stroke="#7a8fa6" stroke-dasharray="4 3"'
    parts.push(band('data-level', level.id, t(`kinds.iceberg.${level.id}`), question, b, level.top, w, deep ? '#ffffff' : '#1a1a1a', rule))
  }
  return parts.join('')
}

const LADDER_GUTTER = 44

function ladder(node: NodeSnapshot, b: Box): string {
  const bands = ladderBands(b.h)
  const parts = [
    `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="10" fill="#fbf7ef" stroke="#b59f78"/>`,
    title(node, b),
  ]
  const inner = b.w - LADDER_GUTTER
  for (const rung of bands) {
    const rule = 'stroke="#b59f78" stroke-width="2"'
    parts.push(band('data-rung', rung.id, t(`kinds.ladder.${rung.id}`), t(`kinds.ladder.${rung.id}.q`), b, rung.top, inner, '#1a1a1a', rule))
  }
  if (node.reflexive !== false) {
    const mid = (id: string) => {
      const r = bands.find((x) => x.id === id)
      return b.y + (r ? r.top + r.height / 2 : 0)
    }
    const from = mid('beliefs')
    const to = mid('selected')
    const gx = b.x + inner
    parts.push(
      `<path class="reflexive" d="M${n(gx + 2)},${n(from)} C${n(gx + LADDER_GUTTER - 4)},${n(from)} ${n(gx + LADDER_GUTTER - 4)},${n(to)} ${n(gx + 4)},${n(to)}" fill="none" stroke="#8a5a00" stroke-width="2" marker-end="url(#ladder-arrow)">` +
        `<title>${xmlEscape(t('kinds.ladder.reflexive'))}</title></path>`,
    )
  }
  return parts.join('')
}

const PLOT = { left: 44, right: 12, top: 40, bottom: 40 }
const clamp01 = (v: number) => (Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0)

/** A hand-drawn line as a smooth path: quadratic curves through the midpoints between samples. */
export function smoothPath(pts: ReadonlyArray<{ x: number; y: number }>): string {
  if (pts.length === 0) return ''
  const p = (q: { x: number; y: number }) => `${n(q.x)},${n(q.y)}`
  if (pts.length < 3) return `M${pts.map(p).join(' L')}`
  const mid = (a: { x: number; y: number }, c: { x: number; y: number }) => ({ x: (a.x + c.x) / 2, y: (a.y + c.y) / 2 })
  let d = `M${p(pts[0]!)} L${p(mid(pts[0]!, pts[1]!))}`
  for (let i = 1; i < pts.length - 1; i++) d += ` Q${p(pts[i]!)} ${p(mid(pts[i]!, pts[i + 1]!))}`
  return `${d} L${p(pts[pts.length - 1]!)}`
}

function botg(node: NodeSnapshot, b: Box): string {
  // The plot is the node's own h (the canvas lists the lines under it, inside the measured box).
  const h = num(node.h, CONTAINER_SIZES.botg!.h)
  const ox = b.x + PLOT.left
  const oy = b.y + PLOT.top
  const pw = Math.max(40, b.w - PLOT.left - PLOT.right)
  const ph = Math.max(40, h - PLOT.top - PLOT.bottom)
  const axis = 'stroke="#344054" stroke-width="2"'
  const parts = [
    `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(Math.max(b.h, h))}" rx="10" fill="#ffffff" stroke="#98a2b3"/>`,
    title(node, b),
    `<path class="axes" d="M${n(ox)},${n(oy)} V${n(oy + ph)} H${n(ox + pw)}" fill="none" ${axis}/>`,
  ]
  const times = Array.isArray(node.timeLabels) ? node.timeLabels.filter((l): l is string => typeof l === 'string').slice(0, 24) : []
  times.forEach((label, i) => {
    const x = times.length === 1 ? ox : ox + (i / (times.length - 1)) * pw
    const words = fit(label, times.length > 1 ? pw / (times.length - 1) : pw, 6)
    if (words) parts.push(text(x, oy + ph + 15, words, 'class="time" text-anchor="middle" font-size="11" fill="#475467"'))
  })
  const yLabel = typeof node.yLabel === 'string' ? node.yLabel : ''
  const xLabel = typeof node.xLabel === 'string' ? node.xLabel : ''
  if (yLabel.trim()) {
    const cx = b.x + 16
    const cy = oy + ph / 2
    parts.push(text(cx, cy, fit(yLabel, ph, 7), `class="axis-name" text-anchor="middle" font-size="13" fill="#1a1a1a" transform="rotate(-90 ${n(cx)} ${n(cy)})"`))
  }
  if (xLabel.trim()) parts.push(text(ox + pw / 2, oy + ph + 32, fit(xLabel, pw, 7), 'class="axis-name" text-anchor="middle" font-size="13" fill="#1a1a1a"'))
  for (const line of linesOfNode(node)) {
    const pts: Array<{ x: number; y: number }> = []
    for (let i = 0; i + 1 < line.points.length; i += 2) {
      pts.push({ x: ox + clamp01(line.points[i]!) * pw, y: oy + (1 - clamp01(line.points[i + 1]!)) * ph })
    }
    if (!pts.length) continue
    const colour = ownColour(line.color) ?? '#1f6feb'
    const name = line.name.trim()
    parts.push(
      `<path class="botg-line" d="${smoothPath(pts)}" fill="none" stroke="${colour}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">` +
        (name ? `<title>${xmlEscape(name)}</title>` : '') +
        '</path>',
    )
    if (name) {
      // The name at the line's end, in its colour, so a printout still tells the lines apart.
      const end = pts[pts.length - 1]!
      const right = end.x > ox + pw * 0.75
      parts.push(
        text(end.x + (right ? -4 : 6), end.y - 8, fit(name, pw / 2, 7), `class="line-name" text-anchor="${right ? 'end' : 'start'}" font-size="12" font-weight="700" fill="${colour}" ${HALO}`),
      )
    }
  }
  return parts.join('')
}

function circle(node: NodeSnapshot, b: Box, ctx: KindContext): string {
  const cx = b.x + b.w / 2
  const cy = b.y + b.h / 2
  const r = Math.max(10, Math.min(b.w, b.h) / 2 - 1)
  return (
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="#f0f4f8" fill-opacity="0.6" stroke="#667085" stroke-width="2" stroke-dasharray="6 4"/>` +
    labelSvg(node.label.trim() || t('kinds.untitled'), { x: cx, y: cy - 10 }) +
    text(cx, cy + 18, t('kinds.circle.elements', { n: ctx.childCount(node.id) }), 'class="count" text-anchor="middle" font-size="12" fill="#475467"')
  )
}

/** Boxes for variables, notes, frames, questions and anything this version does not know. */
function card(node: NodeSnapshot, b: Box): string {
  const note = node.kind === 'note'
  const frame = node.kind === 'frame'
  const prompt = node.kind === 'prompt'
  const fill = ownColour(node.color) ?? (note ? '#fff3a8' : frame ? '#f2f4f7' : prompt ? '#f4ebff' : '#ffffff')
  const stroke = frame ? '#98a2b3' : prompt ? '#9e77ed' : '#333'
  // A frame's title sits at its top, as on the board; other labels are centred.
  const labelAt = frame ? { x: b.x + b.w / 2, y: b.y + 20 } : { x: b.x + b.w / 2, y: b.y + b.h / 2 }
  return (
    `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="${note ? 2 : frame ? 4 : prompt ? 8 : 10}" fill="${fill}" stroke="${stroke}" stroke-width="${frame ? 2 : 1.5}"/>` +
    (prompt ? text(b.x + 12, b.y + 20, '?', 'font-size="14" font-weight="700" fill="#6941c6"') : '') +
    labelSvg(node.label, labelAt)
  )
}

/** One node as a `<g class="node" data-kind="…">`, faithful to its kind. */
export function nodeSvg(node: NodeSnapshot, b: Box, ctx: KindContext): string {
  const kind = String(node.kind)
  let body: string
  const shape = stockFlowShape(kind, b, node.label.trim() !== '')
  if (shape) body = shape.svg + (shape.label ? labelSvg(node.label, shape.label) : '')
  else if (kind === 'iceberg') body = iceberg(node, b)
  else if (kind === 'ladder') body = ladder(node, b)
  else if (kind === 'botg') body = botg(node, b)
  else if (kind === 'circle') body = circle(node, b, ctx)
  else body = card(node, b)
  return `<g class="node" data-kind="${xmlEscape(kind)}">${body}</g>`
}
