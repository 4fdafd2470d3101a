import type { BoardSnapshot, EdgeSnapshot, NodeSnapshot } from '@causeway/model'
import type { ExportResult } from './types'
import { boardEdges, boardLoops, boardNodes } from './board-graph'
import { xmlEscape } from './xml'
import { safeCut } from './limits'
import { STOCK_FLOW_KINDS, pipePort, pipeSvg, stockFlowBox, stockFlowShape } from './svg-shapes'

const MARGIN = 40
const NODE_H = 44

interface Box {
  x: number
  y: number
  w: number
  h: number
}

const LINE_CHARS = 28
const MAX_LINES = 4
const LINE_H = 18

/** Breaks a label into at most four lines of about 28 characters, at spaces where it can. */
export function wrapLabel(label: string): string[] {
  const lines: string[] = []
  for (const para of label.split('\n')) {
    let cur = ''
    for (const word of para.split(' ')) {
      for (let w = word; w; ) {
        const piece = w.slice(0, safeCut(w, LINE_CHARS))
        w = w.slice(piece.length)
        if (cur && cur.length + 1 + piece.length > LINE_CHARS) {
          lines.push(cur)
          cur = ''
        }
        cur = cur ? `${cur} ${piece}` : piece
      }
    }
    lines.push(cur)
  }
  if (lines.length <= MAX_LINES) return lines
  const last = lines[MAX_LINES - 1]!
  return [...lines.slice(0, MAX_LINES - 1), `${last.slice(0, safeCut(last, LINE_CHARS - 1))}\u2026`]
}

function boxOf(n: NodeSnapshot, lines: string[]): Box {
  const longest = Math.max(...lines.map((l) => l.length))
  const w = typeof n.w === 'number' && n.w > 0 ? n.w : Math.max(90, longest * 7.5 + 28)
  const h = typeof n.h === 'number' && n.h > 0 ? n.h : Math.max(NODE_H, lines.length * LINE_H + 16)
  return { x: n.x, y: n.y, w, h }
}

const centre = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 })

/** Where the ray from the box centre towards (tx, ty) leaves the box. */
function rimPoint(b: Box, tx: number, ty: number): { x: number; y: number } {
  const c = centre(b)
  const dx = tx - c.x
  const dy = ty - c.y
  if (dx === 0 && dy === 0) return c
  const scale = Math.min(
    dx ? b.w / 2 / Math.abs(dx) : Infinity,
    dy ? b.h / 2 / Math.abs(dy) : Infinity,
  )
  return { x: c.x + dx * scale, y: c.y + dy * scale }
}

const r = (v: number) => Math.round(v * 10) / 10

function edgeSvg(e: EdgeSnapshot, boxes: Map<string, Box>, curved: boolean): string {
  const a = boxes.get(e.source)!
  const b = boxes.get(e.target)!
  const ca = centre(a)
  const cb = centre(b)
  const len = Math.hypot(cb.x - ca.x, cb.y - ca.y) || 1
  // Normal to the link: a pair of opposite links bows apart so both stay readable.
  const nx = -(cb.y - ca.y) / len
  const ny = (cb.x - ca.x) / len
  const bow = curved ? Math.min(60, len / 4) : 0
  const ctrl = { x: (ca.x + cb.x) / 2 + nx * bow, y: (ca.y + cb.y) / 2 + ny * bow }
  const p0 = rimPoint(a, ctrl.x, ctrl.y)
  const p1 = rimPoint(b, ctrl.x, ctrl.y)
  const mid = {
    x: 0.25 * p0.x + 0.5 * ctrl.x + 0.25 * p1.x,
    y: 0.25 * p0.y + 0.5 * ctrl.y + 0.25 * p1.y,
  }
  const path = curved
    ? `M${r(p0.x)},${r(p0.y)} Q${r(ctrl.x)},${r(ctrl.y)} ${r(p1.x)},${r(p1.y)}`
    : `M${r(p0.x)},${r(p0.y)} L${r(p1.x)},${r(p1.y)}`
  // The polarity sits near the arrowhead, beside the line, as on a hand-drawn loop diagram.
  const tx = p1.x + (ctrl.x - p1.x) * 0.25 + nx * 12
  const ty = p1.y + (ctrl.y - p1.y) * 0.25 + ny * 12
  const sign = e.polarity === '-' ? '\u2212' : e.polarity
  const parts = [
    `<path class="link" d="${path}" marker-end="url(#arrow)"/>`,
    `<text class="polarity" x="${r(tx)}" y="${r(ty)}">${xmlEscape(sign)}</text>`,
  ]
  if (e.delay) {
    const ux = (p1.x - p0.x) / len
    const uy = (p1.y - p0.y) / len
    for (const off of [-3, 3]) {
      const cx = mid.x + ux * off
      const cy = mid.y + uy * off
      parts.push(
        `<line class="delay" x1="${r(cx + nx * 8)}" y1="${r(cy + ny * 8)}" x2="${r(cx - nx * 8)}" y2="${r(cy - ny * 8)}"/>`,
      )
    }
  }
  return `<g class="edge">${parts.join('')}</g>`
}

function labelSpans(lines: string[], x: number, y: number): string {
  if (lines.length === 1) return xmlEscape(lines[0]!)
  const top = y - ((lines.length - 1) * LINE_H) / 2
  return lines
    .map((l, i) => `<tspan x="${r(x)}" y="${r(top + i * LINE_H)}">${xmlEscape(l)}</tspan>`)
    .join('')
}

/**
 * A standalone SVG drawing of the board's causal diagram: variables, stocks, valves and clouds,
 * links with polarity and delay marks, pipes, loop badges. (Notes and tool containers are layout,
 * left to the board JSON and the client's picture exports.)
 */
export function exportSvg(s: BoardSnapshot): ExportResult {
  const nodes = boardNodes(s)
  const edges = boardEdges(s)
  const lines = new Map(nodes.map((n) => [n.id, wrapLabel(n.label)]))
  // Stocks, flows and clouds are drawn as themselves (svg-shapes, shared with the client's drawing).
  const boxes = new Map(nodes.map((n) => [n.id, stockFlowBox(n, boxOf(n, lines.get(n.id)!))]))
  const kinds = new Map(nodes.map((n) => [n.id, String(n.kind)]))
  const pairs = new Set(edges.map((e) => `${e.source}>${e.target}`))
  const all = [...boxes.values()]
  const minX = Math.min(0, ...all.map((b) => b.x)) - MARGIN
  const minY = Math.min(0, ...all.map((b) => b.y)) - MARGIN
  const maxX = Math.max(200, ...all.map((b) => b.x + b.w)) + MARGIN
  const maxY = Math.max(100, ...all.map((b) => b.y + b.h)) + MARGIN
  const width = r(maxX - minX)
  const height = r(maxY - minY)
  const nodeSvg = nodes.map((n) => {
    const b = boxes.get(n.id)!
    const shape = STOCK_FLOW_KINDS.has(n.kind) ? stockFlowShape(n.kind, b, n.label.trim() !== '') : null
    if (shape) {
      const at = shape.label
      const label = at ? `<text x="${r(at.x)}" y="${r(at.y)}">${labelSpans(lines.get(n.id)!, at.x, at.y)}</text>` : ''
      return `<g class="kind" data-kind="${xmlEscape(n.kind)}">${shape.svg}${label}</g>`
    }
    const c = centre(b)
    return (
      `<g class="node"><rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.w)}" height="${r(b.h)}" rx="10" ry="10"/>` +
      `<text x="${r(c.x)}" y="${r(c.y)}">${labelSpans(lines.get(n.id)!, c.x, c.y)}</text></g>`
    )
  })
  const placed: Array<{ x: number; y: number }> = []
  const loopSvg = boardLoops(s).map((l) => {
    const cs = l.nodes.map((id) => centre(boxes.get(id)!))
    const x = cs.reduce((t, p) => t + p.x, 0) / cs.length
    let y = cs.reduce((t, p) => t + p.y, 0) / cs.length
    // Loops sharing most of their nodes share a centroid; stack their badges instead of overlapping them.
    while (placed.some((p) => Math.hypot(p.x - x, p.y - y) < 34)) y += 36
    placed.push({ x, y })
    const name = s.loops[l.key]?.name
    return (
      `<g class="loop" data-type="${l.type}"><circle cx="${r(x)}" cy="${r(y)}" r="16"/>` +
      `<text x="${r(x)}" y="${r(y)}">${xmlEscape(l.label)}</text>` +
      (name ? `<title>${xmlEscape(name)}</title>` : '') +
      '</g>'
    )
  })
  const body = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${r(minX)} ${r(minY)} ${width} ${height}" role="img">`,
    `<title>${xmlEscape(s.meta.title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#334155"/></marker></defs>',
    '<style>.node rect{fill:#fff;stroke:#334155;stroke-width:1.5}text{font:14px system-ui,sans-serif;fill:#0f172a;text-anchor:middle;dominant-baseline:central}.link{fill:none;stroke:#334155;stroke-width:1.5}.delay{stroke:#334155;stroke-width:2}.polarity{font-weight:bold}.loop circle{fill:#f8fafc;stroke:#64748b;stroke-dasharray:3 2}.loop text{font-size:12px;font-weight:bold}</style>',
    `<rect x="${r(minX)}" y="${r(minY)}" width="${width}" height="${height}" fill="#fff"/>`,
    ...edges.map((e) =>
      // A pipe (stock and flow, `flow: true`) is a hollow pipe through the valves, with no polarity.
      e.flow === true
        ? pipeSvg(pipePort(kinds.get(e.source)!, boxes.get(e.source)!), pipePort(kinds.get(e.target)!, boxes.get(e.target)!))
        : edgeSvg(e, boxes, pairs.has(`${e.target}>${e.source}`)),
    ),
    ...nodeSvg,
    ...loopSvg,
    '</svg>',
  ]
  return { contentType: 'image/svg+xml', extension: 'svg', body: body.join('\n') + '\n' }
}
