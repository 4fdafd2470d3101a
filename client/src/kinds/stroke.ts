/**
 * Behaviour-over-time strokes: pointer samples → graph space (0..1, y up), and back to plot
 * pixels. Pure so it can be tested without a browser; smoothing is smoothPoints (templates).
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

function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v
}

function round(v: number): number {
  return Math.round(v * 10) / 10
}

