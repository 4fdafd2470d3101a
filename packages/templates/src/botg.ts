import type { NodeSnapshot } from '@causeway/model'
import { content, node, note, prompt } from './build'
import { HABITS } from './habits'
import type { Template } from './types'

/**
 * A behaviour-over-time graph keeps each line in its own node field `line:<id>`, so two people
 * drawing different lines at once write different keys and both lines survive the merge.
 */
export const LINE_FIELD_PREFIX = 'line:'

export interface BotgLine {
  name: string
  color: string
  /** x0, y0, x1, y1, … in graph space 0..1 (x: time →, y: value ↑). */
  points: number[]
}

export function isBotgLine(v: unknown): v is BotgLine {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const l = v as Record<string, unknown>
  return (
    typeof l.name === 'string' &&
    typeof l.color === 'string' &&
    Array.isArray(l.points) &&
    l.points.length % 2 === 0 &&
    l.points.every((p) => typeof p === 'number' && Number.isFinite(p) && p >= 0 && p <= 1)
  )
}

/** The lines of a botg node, sorted by id; malformed fields (e.g. from a newer version) are skipped. */
export function linesOf(n: Pick<NodeSnapshot, string>): Array<{ id: string } & BotgLine> {
  const out: Array<{ id: string } & BotgLine> = []
  for (const [key, value] of Object.entries(n)) {
    if (!key.startsWith(LINE_FIELD_PREFIX) || !isBotgLine(value)) continue
    out.push({ id: key.slice(LINE_FIELD_PREFIX.length), ...value })
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * Tidies a hand-drawn stroke before it is stored: Ramer–Douglas–Peucker drops points that lie
 * within `tolerance` of the line through their neighbours (fewer bytes over the wire), then one
 * Chaikin pass rounds the corners. Endpoints are kept exactly; output stays within 0..1.
 * Iterative so a long stroke cannot overflow the stack.
 */
export function smoothPoints(points: readonly number[], tolerance = 0.004): number[] {
  const n = Math.floor(points.length / 2)
  if (n <= 2) return points.slice(0, n * 2)
  const keep = new Uint8Array(n)
  keep[0] = keep[n - 1] = 1
  const stack: Array<[number, number]> = [[0, n - 1]]
  while (stack.length) {
    const [a, b] = stack.pop()!
    let worst = -1
    let worstDist = tolerance
    for (let i = a + 1; i < b; i++) {
      const d = distanceToSegment(points, i, a, b)
      if (d > worstDist) {
        worst = i
        worstDist = d
      }
    }
    if (worst >= 0) {
      keep[worst] = 1
      stack.push([a, worst], [worst, b])
    }
  }
  const simple: number[] = []
  for (let i = 0; i < n; i++) if (keep[i]) simple.push(points[2 * i]!, points[2 * i + 1]!)
  return chaikin(simple)
}

function distanceToSegment(p: readonly number[], i: number, a: number, b: number): number {
  const [x, y, x1, y1, x2, y2] = [p[2 * i]!, p[2 * i + 1]!, p[2 * a]!, p[2 * a + 1]!, p[2 * b]!, p[2 * b + 1]!]
  const dx = x2 - x1
  const dy = y2 - y1
  const len2 = dx * dx + dy * dy
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2))
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy))
}

function chaikin(p: number[]): number[] {
  const n = p.length / 2
  if (n <= 2) return p
  const out = [p[0]!, p[1]!]
  for (let i = 0; i < n - 1; i++) {
    const [x0, y0, x1, y1] = [p[2 * i]!, p[2 * i + 1]!, p[2 * i + 2]!, p[2 * i + 3]!]
    out.push(0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1, 0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1)
  }
  out.push(p[2 * n - 2]!, p[2 * n - 1]!)
  return out.map((v) => Math.round(v * 10_000) / 10_000)
}

export const BEHAVIOUR_OVER_TIME: Template = {
  id: 'behaviour-over-time',
  title: 'Behaviour-over-time graph',
  description: 'Sketch how something important has changed over time, one line per variable or per person, and annotate the turning points.',
  ages: '5+',
  habits: [HABITS.changeOverTime, HABITS.bigPicture, HABITS.perspectives, HABITS.delays],
  facilitatorNotes:
    'Agree the time axis first (this term? the last five years?). Each person draws their own line for the same variable before anyone talks, then compare: where do the lines differ, and why? Mark turning points with notes.',
  category: 'tool',
  content: content([
    node('graph', 'botg', 'How has it changed?', 0, 0, {
      w: 640,
      h: 400,
      xLabel: 'Time',
      yLabel: 'Name the variable',
      timeLabels: ['Then', '', '', 'Now'],
    }),
    note('n-turn', 'A turning point: what happened here?', 380, 110, { parent: 'graph', color: 'yellow' }),
    prompt('q-draw', 'Draw the line you remember, not the one you think is right. Then tell its story.', 680, 0),
  ]),
}
