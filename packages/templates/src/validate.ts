import { BOARD_JSON_FORMAT, BOARD_JSON_VERSION, isObject, parseBoardJson } from '@causeway/model'
import type { LoopInfo, ValidationIssue } from '@causeway/model'
import { LINE_FIELD_PREFIX, isBotgLine } from './botg'
import { ICEBERG_LEVELS } from './iceberg'
import { LADDER_RUNGS } from './ladder'
import { TEMPLATE_CATEGORIES } from './types'
import type { Template } from './types'

export type TemplateValidation = { ok: true; template: Template } | { ok: false; errors: ValidationIssue[] }

const TEXT_LIMITS = { id: 64, title: 200, description: 2000, ages: 100, habit: 300, habits: 20, facilitatorNotes: 5000 }
const CONTAINERS = new Set(['iceberg', 'ladder', 'botg', 'circle', 'frame'])
const LEVELS = new Set<string>(ICEBERG_LEVELS.map((l) => l.id))
const RUNGS = new Set<string>(LADDER_RUNGS.map((r) => r.id))

/**
 * Checks a template that arrived as JSON (custom templates) before anything touches a board.
 * Errors carry JSON paths (`content.nodes[2].level`) so the author can find the mistake.
 */
export function validateTemplate(value: unknown): TemplateValidation {
  const errors: ValidationIssue[] = []
  const err = (path: string, message: string) => {
    if (errors.length < 50) errors.push({ path, message })
  }
  if (!isObject(value)) return { ok: false, errors: [{ path: '$', message: 'Expected a JSON object.' }] }

  if (typeof value.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(value.id) || value.id.length > TEXT_LIMITS.id)
    err('id', `Expected a lowercase id of letters, digits and dashes (at most ${TEXT_LIMITS.id}).`)
  for (const key of ['title', 'description', 'ages', 'facilitatorNotes'] as const) {
    const v = value[key]
    if (typeof v !== 'string' || (key === 'title' && !v.trim())) err(key, 'Expected a non-empty string.')
    else if (v.length > TEXT_LIMITS[key]) err(key, `At most ${TEXT_LIMITS[key]} characters.`)
  }
  if (!TEMPLATE_CATEGORIES.includes(value.category as never))
    err('category', `Expected one of ${TEMPLATE_CATEGORIES.map((c) => `"${c}"`).join(', ')}.`)
  if (!Array.isArray(value.habits)) err('habits', 'Expected an array of strings.')
  else {
    if (value.habits.length > TEXT_LIMITS.habits) err('habits', `At most ${TEXT_LIMITS.habits} habits.`)
    value.habits.forEach((h: unknown, i: number) => {
      if (typeof h !== 'string' || !h.trim()) err(`habits[${i}]`, 'Expected a non-empty string.')
      else if (h.length > TEXT_LIMITS.habit) err(`habits[${i}]`, `At most ${TEXT_LIMITS.habit} characters.`)
    })
  }

  if (!isObject(value.content)) err('content', 'Expected an object with "nodes" and "edges" arrays.')
  else validateContent(value.content, err)

  if (errors.length) return { ok: false, errors }
  return { ok: true, template: value as unknown as Template }
}

function validateContent(c: Record<string, unknown>, err: (path: string, message: string) => void): void {
  let loopsAsArray: unknown = undefined
  if (c.loops !== undefined) {
    if (!isObject(c.loops)) err('content.loops', 'Expected an object of loop key → {name?, note?}.')
    else loopsAsArray = Object.entries(c.loops).map(([key, info]) => ({ ...(isObject(info) ? info : { bad: true }), key }))
  }
  // The board JSON parser already checks ids, labels, positions and link ends; reuse it.
  const parsed = parseBoardJson({ format: BOARD_JSON_FORMAT, version: BOARD_JSON_VERSION, nodes: c.nodes, edges: c.edges })
  if (!parsed.ok) {
    for (const e of parsed.errors) err(`content.${e.path}`, e.message)
    return
  }
  if (Array.isArray(loopsAsArray)) {
    const keys = Object.keys(c.loops as object)
    loopsAsArray.forEach((l: LoopInfo & { bad?: boolean }, i) => {
      const p = `content.loops[${JSON.stringify(keys[i])}]`
      if (l.bad) return err(p, 'Expected {name?, note?}.')
      if (l.name !== undefined && typeof l.name !== 'string') err(`${p}.name`, 'Expected a string.')
      if (l.note !== undefined && typeof l.note !== 'string') err(`${p}.note`, 'Expected a string.')
    })
  }

  const nodes = parsed.content.nodes
  const byId = new Map(nodes.map((n) => [n.id, n]))
  nodes.forEach((n, i) => {
    const p = `content.nodes[${i}]`
    for (const key of ['w', 'h'] as const) {
      const v = n[key]
      if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v > 0)) err(`${p}.${key}`, 'Expected a positive number.')
    }
    if (n.color !== undefined && typeof n.color !== 'string') err(`${p}.color`, 'Expected a colour name or CSS colour string.')
    const parent = n.parent === undefined ? undefined : byId.get(n.parent as string)
    if (n.parent !== undefined) {
      if (typeof n.parent !== 'string' || !parent) err(`${p}.parent`, 'Expected the id of a container node in this template.')
      else if (!CONTAINERS.has(parent.kind)) err(`${p}.parent`, `"${parent.id}" is a ${parent.kind}, not a container.`)
      else if (parent.id === n.id) err(`${p}.parent`, 'A node cannot contain itself.')
    }
    if (n.level !== undefined) {
      if (!LEVELS.has(n.level as string)) err(`${p}.level`, `Expected one of ${[...LEVELS].join(', ')}.`)
      else if (parent?.kind !== 'iceberg') err(`${p}.level`, 'A level needs a parent iceberg.')
    }
    if (n.rung !== undefined) {
      if (!RUNGS.has(n.rung as string)) err(`${p}.rung`, `Expected one of ${[...RUNGS].join(', ')}.`)
      else if (parent?.kind !== 'ladder') err(`${p}.rung`, 'A rung needs a parent ladder.')
    }
    if (n.kind === 'iceberg' && n.variant !== undefined && n.variant !== 'standard' && n.variant !== 'aspirational')
      err(`${p}.variant`, 'Expected "standard" or "aspirational".')
    if (n.kind === 'ladder' && n.reflexive !== undefined && typeof n.reflexive !== 'boolean')
      err(`${p}.reflexive`, 'Expected true or false.')
    if (n.kind === 'botg') {
      for (const key of ['xLabel', 'yLabel'] as const)
        if (n[key] !== undefined && typeof n[key] !== 'string') err(`${p}.${key}`, 'Expected a string.')
      if (n.timeLabels !== undefined && !(Array.isArray(n.timeLabels) && n.timeLabels.every((t) => typeof t === 'string')))
        err(`${p}.timeLabels`, 'Expected an array of strings.')
    }
    for (const [key, v] of Object.entries(n)) {
      if (key.startsWith(LINE_FIELD_PREFIX) && !isBotgLine(v))
        err(`${p}["${key}"]`, 'Expected {name, color, points: [x0, y0, x1, y1, …]} with every point between 0 and 1.')
    }
  })
  parsed.content.edges.forEach((e, i) => {
    if (e.flow !== undefined && typeof e.flow !== 'boolean') err(`content.edges[${i}].flow`, 'Expected true or false.')
  })
}
