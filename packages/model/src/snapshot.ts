import * as Y from 'yjs'
import { boardMaps } from './doc'
import { makeEdgeMap, makeNodeMap } from './commands'
import { newId } from './ids'
import { SCHEMA_VERSION } from './types'
import type { BoardContent, BoardMeta, BoardSnapshot, EdgeSnapshot, LoopInfo, NodeSnapshot, Polarity } from './types'

/** Y values to plain data: Y.Text → string, nested Y types → JSON. */
function plain(v: unknown): unknown {
  if (v instanceof Y.Text) return v.toString()
  if (v instanceof Y.AbstractType) return v.toJSON()
  return v
}

export function nodeSnapshot(id: string, node: Y.Map<unknown>): NodeSnapshot {
  const out: Record<string, unknown> = { id }
  for (const [k, v] of node) out[k] = plain(v)
  out.kind = typeof out.kind === 'string' ? out.kind : 'variable'
  out.label = typeof out.label === 'string' ? out.label : ''
  out.x = typeof out.x === 'number' ? out.x : 0
  out.y = typeof out.y === 'number' ? out.y : 0
  return out as NodeSnapshot
}

export function edgeSnapshot(id: string, edge: Y.Map<unknown>): EdgeSnapshot {
  const out: Record<string, unknown> = { id }
  for (const [k, v] of edge) out[k] = plain(v)
  const p = out.polarity
  out.polarity = (p === '+' || p === '-' || p === '?' ? p : '?') as Polarity
  out.delay = out.delay === true
  return out as EdgeSnapshot
}

/** The whole board as plain data. Derived things (loops' R/B types) are not in it. */
export function toSnapshot(doc: Y.Doc): BoardSnapshot {
  const maps = boardMaps(doc)
  const nodes: Record<string, NodeSnapshot> = {}
  for (const [id, node] of maps.nodes) nodes[id] = nodeSnapshot(id, node)
  const edges: Record<string, EdgeSnapshot> = {}
  for (const [id, edge] of maps.edges) {
    // A link whose end was deleted concurrently is dangling; it is hidden, not shown broken.
    const e = edgeSnapshot(id, edge)
    if (nodes[e.source] && nodes[e.target]) edges[id] = e
  }
  const loops: Record<string, LoopInfo> = {}
  for (const [key, entry] of maps.loops) loops[key] = entry.toJSON() as LoopInfo
  const metaJson = maps.meta.toJSON()
  const meta: BoardMeta = {
    ...metaJson,
    schema: typeof metaJson.schema === 'number' ? metaJson.schema : SCHEMA_VERSION,
    title: typeof metaJson.title === 'string' ? metaJson.title : 'Untitled board',
    createdAt: typeof metaJson.createdAt === 'number' ? metaJson.createdAt : 0,
  }
  return { meta, nodes, edges, loops }
}

export interface InsertOptions {
  /** Added to every position, e.g. to place a template beside existing work. */
  offset?: { x: number; y: number }
  /** Keep the content's ids instead of making fresh ones (only for a fresh, empty board). */
  keepIds?: boolean
}

/**
 * Adds content (a template, an import, a paste) to a board in ONE transaction, so it is one
 * undo step and other people see it arrive whole. Ids are remapped unless keepIds.
 * Returns the old→new id map.
 */
export function insertContent(
  doc: Y.Doc,
  content: BoardContent,
  opts: InsertOptions = {},
  origin?: unknown,
): Map<string, string> {
  const { nodes, edges, loops } = boardMaps(doc)
  const dx = opts.offset?.x ?? 0
  const dy = opts.offset?.y ?? 0
  const idMap = new Map<string, string>()
  for (const n of content.nodes) idMap.set(n.id, opts.keepIds ? n.id : newId())
  doc.transact(() => {
    for (const n of content.nodes) {
      const { id, kind, label, x, y, ...fields } = n
      if (typeof fields.parent === 'string' && idMap.has(fields.parent)) {
        fields.parent = idMap.get(fields.parent)
      }
      nodes.set(idMap.get(id)!, makeNodeMap({ kind, label, x: x + dx, y: y + dy, fields }))
    }
    for (const e of content.edges) {
      const source = idMap.get(e.source)
      const target = idMap.get(e.target)
      if (!source || !target || source === target) continue
      const { id, source: _s, target: _t, polarity, delay, label, ...fields } = e
      edges.set(opts.keepIds ? id : newId(), makeEdgeMap({ source, target, polarity, delay, label, fields }))
    }
    for (const [key, info] of Object.entries(content.loops ?? {})) {
      const newKey = key
        .split('>')
        .map((id) => idMap.get(id) ?? id)
        .join('>')
      const entry = new Y.Map<unknown>()
      if (info.name !== undefined) entry.set('name', info.name)
      if (info.note !== undefined) entry.set('note', info.note)
      loops.set(canonicalLoopKey(newKey.split('>')), entry)
    }
  }, origin)
  return idMap
}

/** A loop key: node ids in cycle order, rotated to start at the smallest id, joined by `>`. */
export function canonicalLoopKey(cycle: readonly string[]): string {
  if (cycle.length === 0) return ''
  let start = 0
  for (let i = 1; i < cycle.length; i++) if (cycle[i]! < cycle[start]!) start = i
  return [...cycle.slice(start), ...cycle.slice(0, start)].join('>')
}

/** Snapshot → content (drops meta), e.g. to copy a whole board into another. */
export function snapshotContent(s: BoardSnapshot): BoardContent {
  return { nodes: Object.values(s.nodes), edges: Object.values(s.edges), loops: s.loops }
}
