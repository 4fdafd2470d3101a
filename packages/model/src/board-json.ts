import { isPolarity } from './commands'
import type { BoardContent, BoardMeta, BoardSnapshot, EdgeSnapshot, LoopInfo, NodeSnapshot } from './types'

/**
 * The board JSON file format (export/import, custom templates). Versioned so that files written
 * today still import after the document schema moves on. Documented in docs/board-json.md.
 */
export const BOARD_JSON_FORMAT = 'causeway.board'
export const BOARD_JSON_VERSION = 1

export interface BoardJson {
  format: typeof BOARD_JSON_FORMAT
  version: number
  meta: BoardMeta
  nodes: NodeSnapshot[]
  edges: EdgeSnapshot[]
  loops: Array<{ key: string } & LoopInfo>
}

export function toBoardJson(s: BoardSnapshot): BoardJson {
  return {
    format: BOARD_JSON_FORMAT,
    version: BOARD_JSON_VERSION,
    meta: s.meta,
    nodes: Object.values(s.nodes),
    edges: Object.values(s.edges),
    loops: Object.entries(s.loops).map(([key, info]) => ({ key, ...info })),
  }
}

export interface ValidationIssue {
  /** Where: a JSON path like `nodes[3].label`. */
  path: string
  message: string
}

export type ParseResult =
  | { ok: true; meta: Partial<BoardMeta>; content: BoardContent }
  | { ok: false; errors: ValidationIssue[] }

export const BOARD_LIMITS = { nodes: 5000, edges: 20000, labelChars: 5000, bytes: 10 * 1024 * 1024 }

/** Validates a board JSON value. Nothing is trusted: every field is checked before use. */
export function parseBoardJson(value: unknown): ParseResult {
  const errors: ValidationIssue[] = []
  const err = (path: string, message: string) => {
    if (errors.length < 50) errors.push({ path, message })
  }
  if (!isObject(value)) return { ok: false, errors: [{ path: '$', message: 'Expected a JSON object.' }] }
  if (value.format !== BOARD_JSON_FORMAT) err('format', `Expected "${BOARD_JSON_FORMAT}".`)
  if (typeof value.version !== 'number' || value.version < 1) err('version', 'Expected a version number.')
  else if (value.version > BOARD_JSON_VERSION)
    err('version', `This file is version ${value.version}; this Causeway reads up to ${BOARD_JSON_VERSION}.`)
  if (!Array.isArray(value.nodes)) err('nodes', 'Expected an array of nodes.')
  if (!Array.isArray(value.edges)) err('edges', 'Expected an array of links.')
  if (errors.length) return { ok: false, errors }
  const rawNodes = value.nodes as unknown[]
  const rawEdges = value.edges as unknown[]
  if (rawNodes.length > BOARD_LIMITS.nodes) err('nodes', `At most ${BOARD_LIMITS.nodes} nodes.`)
  if (rawEdges.length > BOARD_LIMITS.edges) err('edges', `At most ${BOARD_LIMITS.edges} links.`)
  if (errors.length) return { ok: false, errors }

  const nodes: NodeSnapshot[] = []
  const ids = new Set<string>()
  rawNodes.forEach((n, i) => {
    const p = `nodes[${i}]`
    if (!isObject(n)) return err(p, 'Expected an object.')
    if (typeof n.id !== 'string' || !n.id) return err(`${p}.id`, 'Expected a non-empty string.')
    if (ids.has(n.id)) return err(`${p}.id`, `Duplicate id "${n.id}".`)
    if (typeof n.kind !== 'string' || !n.kind) return err(`${p}.kind`, 'Expected a string.')
    if (typeof n.label !== 'string') return err(`${p}.label`, 'Expected a string.')
    if (n.label.length > BOARD_LIMITS.labelChars) return err(`${p}.label`, 'Label is too long.')
    if (!isFiniteNumber(n.x)) return err(`${p}.x`, 'Expected a number.')
    if (!isFiniteNumber(n.y)) return err(`${p}.y`, 'Expected a number.')
    ids.add(n.id)
    nodes.push(n as NodeSnapshot)
  })
  const edges: EdgeSnapshot[] = []
  rawEdges.forEach((e, i) => {
    const p = `edges[${i}]`
    if (!isObject(e)) return err(p, 'Expected an object.')
    if (typeof e.id !== 'string' || !e.id) return err(`${p}.id`, 'Expected a non-empty string.')
    if (typeof e.source !== 'string' || !ids.has(e.source))
      return err(`${p}.source`, 'Expected the id of a node in this file.')
    if (typeof e.target !== 'string' || !ids.has(e.target))
      return err(`${p}.target`, 'Expected the id of a node in this file.')
    if (e.source === e.target) return err(`${p}.target`, 'A link needs two different nodes.')
    if (!isPolarity(e.polarity)) return err(`${p}.polarity`, 'Expected "+", "-" or "?".')
    if (typeof e.delay !== 'boolean') return err(`${p}.delay`, 'Expected true or false.')
    if (e.label !== undefined && typeof e.label !== 'string') return err(`${p}.label`, 'Expected a string.')
    edges.push(e as EdgeSnapshot)
  })
  const loops: Record<string, LoopInfo> = {}
  if (value.loops !== undefined) {
    if (!Array.isArray(value.loops)) err('loops', 'Expected an array.')
    else
      value.loops.forEach((l: unknown, i: number) => {
        const p = `loops[${i}]`
        if (!isObject(l) || typeof l.key !== 'string') return err(p, 'Expected {key, name?, note?}.')
        if (l.name !== undefined && typeof l.name !== 'string') return err(`${p}.name`, 'Expected a string.')
        if (l.note !== undefined && typeof l.note !== 'string') return err(`${p}.note`, 'Expected a string.')
        loops[l.key] = { ...(l.name !== undefined && { name: l.name }), ...(l.note !== undefined && { note: l.note }) }
      })
  }
  if (errors.length) return { ok: false, errors }
  const meta = isObject(value.meta) ? (value.meta as Partial<BoardMeta>) : {}
  return { ok: true, meta, content: { nodes, edges, loops } }
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v)
}
