/**
 * Behaviour-over-time strokes: pointer samples → graph space (0..1, y up) → fewer, smoother
 * points. Pure so it can be tested without a browser.
 */

export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

export const LINE_PREFIX = 'line:'

export const LINE_COLORS = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989']

export interface BotgLine {
  id: string
  name: string
  color: string
  points: number[]
}

/** Client (screen) coordinates → graph space, clamped to the plot. */
export function toGraphSpace(clientX: number, clientY: number, rect: Rect): [number, number] {
  const x = rect.width > 0 ? (clientX - rect.left) / rect.width : 0
  const y = rect.height > 0 ? 1 - (clientY - rect.top) / rect.height : 0
  return [clamp01(x), clamp01(y)]
}

/** Graph space → local plot pixels, for drawing. */
export function toPlot(points: number[], width: number, height: number): string {
  const out: string[] = []
  for (let i = 0; i + 1 < points.length; i += 2) {
    out.push(`${round(points[i]! * width)},${round((1 - points[i + 1]!) * height)}`)
  }
  return out.join(' ')
}

/** The `line:<id>` fields of a node as a list, ordered by id so everyone lists them the same. */
export function linesOfNode(fields: Record<string, unknown>): BotgLine[] {
  const lines: BotgLine[] = []
  for (const [k, v] of Object.entries(fields)) {
    if (!k.startsWith(LINE_PREFIX) || typeof v !== 'object' || v === null) continue
    const o = v as Record<string, unknown>
    const points = Array.isArray(o.points) ? o.points.filter((p): p is number => typeof p === 'number') : []
    lines.push({
      id: k.slice(LINE_PREFIX.length),
      name: typeof o.name === 'string' ? o.name : '',
      color: typeof o.color === 'string' ? o.color : LINE_COLORS[0]!,
      points,
    })
  }
  return lines.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * Drops samples closer than `minStep` (graph units) to the last kept one, then averages each
 * point with its neighbours: a shaky finger still gives a calm line. Ends are kept exactly.
 */
export function smoothStroke(points: number[], minStep = 0.01): number[] {
  const kept: number[] = []
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i]!
    const y = points[i + 1]!
    const n = kept.length
    const last = i + 2 >= points.length - 1
    if (n === 0 || last || Math.hypot(x - kept[n - 2]!, y - kept[n - 1]!) >= minStep) kept.push(x, y)
  }
  if (kept.length <= 4) return kept.map(round4)
  const out: number[] = [kept[0]!, kept[1]!]
  for (let i = 2; i + 3 < kept.length; i += 2) {
    out.push((kept[i - 2]! + 2 * kept[i]! + kept[i + 2]!) / 4, (kept[i - 1]! + 2 * kept[i + 1]! + kept[i + 3]!) / 4)
  }
  out.push(kept[kept.length - 2]!, kept[kept.length - 1]!)
  return out.map(round4)
}

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v
}

function round(v: number): number {
  return Math.round(v * 10) / 10
}

function round4(v: number): number {
  return Math.round(v * 10000) / 10000
}
