import type { BoardSnapshot, EdgeSnapshot, Polarity } from '@causeway/model'
import type { LoopType } from '@causeway/analysis'
import { pipePort, pipeSvg, xmlEscape } from '@causeway/interop'
import { loopAnchors } from '../loops/anchor'
import type { Point } from '../loops/anchor'
import { boundsOf, boxExit, centre } from './geometry'
import type { Box } from './geometry'
import { kindBox, kindDefs, nodeSvg } from './svgKinds'

/** Kinds that hold other nodes: drawn under the links, and never in a loop badge's way. */
const CONTAINERS = new Set(['iceberg', 'ladder', 'botg', 'circle', 'frame'])

export interface SvgLoop {
  nodes: readonly string[]
  label: string
  type: LoopType
}

export interface SvgOptions {
  /** Accessible title of the drawing. */
  title?: string
  /** Sizes measured on screen, when known; otherwise sizes are estimated from labels. */
  sizes?: ReadonlyMap<string, { w: number; h: number }>
  /** Words for the loop types, e.g. {R: 'reinforcing'}: badges say their type, not only by colour. */
  typeWords?: Partial<Record<LoopType, string>>
  padding?: number
  /** Draw only these nodes (a selection, a frame's page) and the links and loops among them. */
  only?: ReadonlySet<string>
  /** Paper colour; transparent leaves the background out (for slides with their own colour). */
  background?: 'white' | 'transparent'
}

const LOOP_COLOURS: Record<LoopType, { stroke: string; fill: string }> = {
  R: { stroke: '#a4262c', fill: '#fde7e9' },
  B: { stroke: '#0b5cad', fill: '#e3effc' },
  U: { stroke: '#5c5c5c', fill: '#eeeeee' },
}
const POLARITY_TEXT: Record<Polarity, string> = { '+': '+', '-': '\u2212', '?': '?' }
const POLARITY_COLOUR: Record<Polarity, string> = { '+': '#1a7f37', '-': '#a4262c', '?': '#6b6b6b' }

const n = (v: number) => (Math.round(v * 10) / 10).toString()

/**
 * The diagram as a standalone SVG document: each node drawn as its kind (svgKinds.ts: iceberg
 * levels, ladder rungs, graphs, circles, stocks, valves, clouds, boxes), links as curved arrows
 * with polarity and delay marks, pipes as hollow pipes, and a badge inside each loop. Pure, so
 * it can be tested and reused for PNG and PDF export.
 */
export function boardToSvg(snapshot: BoardSnapshot, loops: readonly SvgLoop[], opts: SvgOptions = {}): string {
  const pad = opts.padding ?? 40
  const boxes = new Map<string, Box>()
  // Biggest first, so frames and containers sit underneath what is drawn inside them.
  const only = opts.only
  const nodes = Object.values(snapshot.nodes).filter((node) => !only || only.has(node.id))
  for (const node of nodes) boxes.set(node.id, kindBox(node, opts.sizes?.get(node.id)))
  const area = (id: string) => boxes.get(id)!.w * boxes.get(id)!.h
  nodes.sort((a, b) => area(b.id) - area(a.id))
  const bounds = boundsOf(boxes.values()) ?? { x: 0, y: 0, w: 200, h: 100 }
  const vb = { x: bounds.x - pad, y: bounds.y - pad, w: bounds.w + 2 * pad, h: bounds.h + 2 * pad }
  const title = opts.title ?? snapshot.meta.title
  const edges = Object.values(snapshot.edges).filter((e) => boxes.has(e.source) && boxes.has(e.target))
  const shownLoops = only ? loops.filter((l) => l.nodes.every((id) => boxes.has(id))) : loops

  const parts: string[] = []
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(vb.w)}" height="${n(vb.h)}" viewBox="${n(vb.x)} ${n(vb.y)} ${n(vb.w)} ${n(vb.h)}" role="img" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
    `<title>${xmlEscape(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">' +
      `<path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker>${kindDefs(new Set(nodes.map((node) => String(node.kind))))}</defs>`,
  )
  if (opts.background !== 'transparent')
    parts.push(`<rect class="paper" x="${n(vb.x)}" y="${n(vb.y)}" width="${n(vb.w)}" height="${n(vb.h)}" fill="#ffffff"/>`)
  const pairs = new Set(edges.map((e) => `${e.source}>${e.target}`))
  const children = new Map<string, number>()
  for (const node of Object.values(snapshot.nodes))
    if (typeof node.parent === 'string') children.set(node.parent, (children.get(node.parent) ?? 0) + 1)
  const ctx = { childCount: (id: string) => children.get(id) ?? 0 }
  const drawNodes = (list: typeof nodes) => {
    for (const node of list) parts.push(nodeSvg(node, boxes.get(node.id)!, ctx))
  }
  // Containers first so their fill never hides a link that crosses them.
  parts.push('<g class="containers">')
  drawNodes(nodes.filter((node) => CONTAINERS.has(node.kind)))
  parts.push('</g>')
  parts.push('<g class="links">')
  for (const edge of edges) {
    const s = boxes.get(edge.source)
    const t = boxes.get(edge.target)
    if (!s || !t) continue
    // A pipe (stock and flow) runs through valves and has no polarity or delay mark.
    if (edge.flow === true) {
      const kind = (id: string) => String(snapshot.nodes[id]!.kind)
      parts.push(pipeSvg(pipePort(kind(edge.source), s), pipePort(kind(edge.target), t), edge.label ? xmlEscape(edge.label) : ''))
    } else parts.push(edgeSvg(edge, s, t, pairs.has(`${edge.target}>${edge.source}`)))
  }
  parts.push('</g><g class="nodes">')
  drawNodes(nodes.filter((node) => !CONTAINERS.has(node.kind)))
  parts.push('</g><g class="loop-badges">')
  const centres = new Map<string, Point>([...boxes].map(([id, b]) => [id, centre(b)]))
  const obstacles = nodes.filter((node) => !CONTAINERS.has(node.kind)).map((node) => boxes.get(node.id)!)
  const anchors = loopAnchors(shownLoops, centres, obstacles, 24)
  shownLoops.forEach((loop, i) => {
    const at = anchors[i]
    if (at) parts.push(badgeSvg(loop, at, opts.typeWords?.[loop.type]))
  })
  parts.push('</g></svg>')
  return parts.join('\n')
}

function edgeSvg(edge: EdgeSnapshot, s: Box, t: Box, hasReverse: boolean): string {
  const c0 = centre(s)
  const c1 = centre(t)
  const dx = c1.x - c0.x
  const dy = c1.y - c0.y
  const len = Math.hypot(dx, dy) || 1
  // Links bend to their left, so A→B and B→A are two distinct arcs instead of one line.
  const bend = (hasReverse ? 0.25 : 0.12) * len
  const ctrl = { x: (c0.x + c1.x) / 2 + (dy / len) * bend, y: (c0.y + c1.y) / 2 - (dx / len) * bend }
  const p0 = boxExit(s, ctrl, 2)
  const p2 = boxExit(t, ctrl, 6)
  const at = (u: number) => ({
    x: (1 - u) ** 2 * p0.x + 2 * (1 - u) * u * ctrl.x + u ** 2 * p2.x,
    y: (1 - u) ** 2 * p0.y + 2 * (1 - u) * u * ctrl.y + u ** 2 * p2.y,
  })
  const tangent = (u: number) => {
    const tx = 2 * (1 - u) * (ctrl.x - p0.x) + 2 * u * (p2.x - ctrl.x)
    const ty = 2 * (1 - u) * (ctrl.y - p0.y) + 2 * u * (p2.y - ctrl.y)
    const l = Math.hypot(tx, ty) || 1
    return { x: tx / l, y: ty / l }
  }
  const out: string[] = [`<g class="link" data-polarity="${xmlEscape(edge.polarity)}">`]
  out.push(
    `<path d="M${n(p0.x)},${n(p0.y)} Q${n(ctrl.x)},${n(ctrl.y)} ${n(p2.x)},${n(p2.y)}" fill="none" stroke="#333" stroke-width="1.8" marker-end="url(#arrow)"/>`,
  )
  // Polarity sits beside the arrowhead, on the outside of the bend, as in textbook diagrams.
  const pm = at(0.85)
  const pt = tangent(0.85)
  const px = pm.x + pt.y * 13
  const py = pm.y - pt.x * 13
  out.push(
    `<text class="polarity" x="${n(px)}" y="${n(py)}" text-anchor="middle" dominant-baseline="central" font-size="18" font-weight="700" fill="${POLARITY_COLOUR[edge.polarity]}" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${POLARITY_TEXT[edge.polarity]}</text>`,
  )
  if (edge.delay) {
    const m = at(0.5)
    const tg = tangent(0.5)
    const marks = [-3, 3].map((o) => {
      const cx = m.x + tg.x * o
      const cy = m.y + tg.y * o
      return `M${n(cx - tg.y * 8)},${n(cy + tg.x * 8)} L${n(cx + tg.y * 8)},${n(cy - tg.x * 8)}`
    })
    out.push(`<path class="delay" d="${marks.join(' ')}" stroke="#333" stroke-width="2"/>`)
  }
  if (edge.label) {
    const m = at(0.5)
    out.push(
      `<text class="link-label" x="${n(m.x)}" y="${n(m.y - 10)}" text-anchor="middle" font-size="12" fill="#444" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${xmlEscape(edge.label)}</text>`,
    )
  }
  out.push('</g>')
  return out.join('')
}

function badgeSvg(loop: SvgLoop, at: Point, word: string | undefined): string {
  const { stroke, fill } = LOOP_COLOURS[loop.type]
  const dash = loop.type === 'U' ? ' stroke-dasharray="4 3"' : ''
  // Halos keep marks and captions legible where they cross a link.
  const caption = word
    ? `<text x="${n(at.x)}" y="${n(at.y + 30)}" text-anchor="middle" font-size="10" fill="${stroke}" stroke="#ffffff" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${xmlEscape(word)}</text>`
    : ''
  return (
    `<g class="loop-badge" data-type="${loop.type}"><title>${xmlEscape(`${loop.label}${word ? ' ' + word : ''}`)}</title>` +
    `<circle cx="${n(at.x)}" cy="${n(at.y)}" r="18" fill="${fill}" stroke="${stroke}" stroke-width="2"${dash}/>` +
    `<text x="${n(at.x)}" y="${n(at.y)}" text-anchor="middle" dominant-baseline="central" font-size="13" font-weight="700" fill="${stroke}">${xmlEscape(loop.label)}</text>` +
    caption +
    '</g>'
  )
}
