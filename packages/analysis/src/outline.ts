import type { BoardSnapshot, EdgeSnapshot } from '@causeway/model'
import { compareIds } from './graph'
import { labelLoops } from './labels'
import type { LabelledLoop } from './labels'
import type { Loop } from './types'

/**
 * Every phrase the outline uses, so the client can pass a translation. Placeholders in braces
 * are filled in; word order is the translator's to choose.
 */
export interface OutlineMessages {
  increases: string
  decreases: string
  affects: string
  /** A pipe (`flow: true`): material moving, so no polarity or delay is read out. */
  flows: string
  delay: string
  loop: string
  loopNamed: string
  arrow: string
  reinforcing: string
  balancing: string
  undetermined: string
  unnamed: string
}

export const ENGLISH_OUTLINE: OutlineMessages = {
  increases: '{source} increases {target} (+)',
  decreases: '{source} decreases {target} (−)',
  affects: '{source} affects {target} (?)',
  flows: '{source} flows into {target}',
  delay: '{link} (delay)',
  loop: '{label}: {cycle}, {type}',
  loopNamed: '{label} ({name}): {cycle}, {type}',
  arrow: ' → ',
  reinforcing: 'reinforcing',
  balancing: 'balancing',
  undetermined: 'undetermined',
  unnamed: '(unnamed)',
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}

/**
 * The board as text for screen readers and print: every link ("Stress increases Absences (+)",
 * a pipe "Students joining flows into Enrolled students"),
 * then every loop ("R1 (Vicious cycle): A → B → C → A, reinforcing"). Loop names come from
 * `names` (loop key → name), falling back to the names stored on the board.
 */
export function outline(
  snapshot: BoardSnapshot,
  loops: readonly Loop[],
  names?: Readonly<Record<string, string | undefined>>,
  messages: Partial<OutlineMessages> = {},
): string[] {
  const m = { ...ENGLISH_OUTLINE, ...messages }
  const labelOf = (id: string): string => snapshot.nodes[id]?.label.trim() || m.unnamed
  const lines: string[] = []

  const edges = Object.values(snapshot.edges).filter((e) => snapshot.nodes[e.source] && snapshot.nodes[e.target])
  edges.sort(
    (a, b) =>
      labelOf(a.source).localeCompare(labelOf(b.source)) ||
      labelOf(a.target).localeCompare(labelOf(b.target)) ||
      compareIds(a.id, b.id),
  )
  for (const e of edges) lines.push(linkLine(e, labelOf, m))

  for (const l of outlineLoops(snapshot, loops, names, messages)) lines.push(l.line)
  return lines
}

export interface LoopOutline {
  key: string
  /** "R1 (Vicious cycle): A → B → C → A, reinforcing" */
  line: string
  /** The loop's links in cycle order, as sentences: "A increases B (+)". */
  links: string[]
  /** The note people wrote for the loop, if any. */
  note?: string
}

/** The outline loop by loop: each loop's summary line, then the links that make it up. */
export function outlineLoops(
  snapshot: BoardSnapshot,
  loops: readonly Loop[],
  names?: Readonly<Record<string, string | undefined>>,
  messages: Partial<OutlineMessages> = {},
): LoopOutline[] {
  const m = { ...ENGLISH_OUTLINE, ...messages }
  const labelOf = (id: string): string => snapshot.nodes[id]?.label.trim() || m.unnamed
  // Loops that already carry labels (from labelLoops) keep them, so the outline matches the panel.
  const labelled = loops.every((l) => typeof (l as { label?: unknown }).label === 'string')
    ? (loops as readonly LabelledLoop[])
    : labelLoops(loops)
  return labelled.map((loop) => {
    const info = snapshot.loops[loop.key]
    const name = names?.[loop.key] ?? info?.name
    const cycle = [...loop.nodes, loop.nodes[0]!].map(labelOf).join(m.arrow)
    const type = loop.type === 'R' ? m.reinforcing : loop.type === 'B' ? m.balancing : m.undetermined
    const values = { label: loop.label, cycle, type, name: name ?? '' }
    const links = loop.edges.flatMap((id) => {
      const e = snapshot.edges[id]
      return e ? [linkLine(e, labelOf, m)] : []
    })
    const note = info?.note?.trim()
    return { key: loop.key, line: fill(name?.trim() ? m.loopNamed : m.loop, values), links, ...(note && { note }) }
  })
}

function linkLine(e: EdgeSnapshot, labelOf: (id: string) => string, m: OutlineMessages): string {
  if (e.flow === true) return fill(m.flows, { source: labelOf(e.source), target: labelOf(e.target) })
  const template = e.polarity === '+' ? m.increases : e.polarity === '-' ? m.decreases : m.affects
  const link = fill(template, { source: labelOf(e.source), target: labelOf(e.target) })
  return e.delay ? fill(m.delay, { link }) : link
}
