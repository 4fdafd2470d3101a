import * as Y from 'yjs'
import { makeEdgeMap, makeNodeMap } from './commands'
import { boardMaps } from './doc'
import type { BoardJson } from './board-json'
import type { BoardSnapshot, EdgeSnapshot, LoopInfo, NodeSnapshot } from './types'

/**
 * Restores a saved version as a NEW change (one transaction with the caller's origin), so it is
 * one undo step for the restorer and everyone else sees it arrive live.
 *
 * It edits the board towards the version rather than replacing it: nodes and links that survive
 * keep their Y.Maps, only fields that differ are written, and labels are changed by a minimal
 * text diff. So work done concurrently with the restore on things the version also has (typing in
 * a label, moving a node, a field the version agrees with) merges instead of being overwritten.
 * Workshop state in meta (locked, broadcast) is not part of a version and is left alone.
 */
export function restoreSnapshot(doc: Y.Doc, version: BoardSnapshot | BoardJson, origin?: unknown): void {
  const target = asSnapshot(version)
  const { meta, nodes, edges, loops } = boardMaps(doc)
  doc.transact(() => {
    if (typeof target.meta.title === 'string' && meta.get('title') !== target.meta.title) {
      meta.set('title', target.meta.title)
    }
    syncCollection(nodes, target.nodes, 'label', (n) => {
      const { id: _id, kind, label, x, y, ...fields } = n
      return makeNodeMap({ kind, label, x, y, fields })
    })
    syncCollection(edges, target.edges, 'label', (e) => {
      const { id: _id, source, target: to, polarity, delay, label, ...fields } = e
      return makeEdgeMap({ source, target: to, polarity, delay, label, fields })
    })
    syncCollection(loops, target.loops as Record<string, LoopInfo & Record<string, unknown>>, null, (info) => {
      const entry = new Y.Map<unknown>()
      for (const [k, v] of Object.entries(info)) if (v !== undefined) entry.set(k, v)
      return entry
    })
  }, origin)
}

function asSnapshot(v: BoardSnapshot | BoardJson): BoardSnapshot {
  if (!Array.isArray(v.nodes)) return v as BoardSnapshot
  const j = v as BoardJson
  const byId = <T extends { id: string }>(items: T[]) => Object.fromEntries(items.map((i) => [i.id, i]))
  return {
    meta: j.meta,
    nodes: byId(j.nodes),
    edges: byId(j.edges),
    loops: Object.fromEntries((j.loops ?? []).map(({ key, ...info }) => [key, info])),
  }
}

type Entry = NodeSnapshot | EdgeSnapshot | (LoopInfo & Record<string, unknown>)

function syncCollection<T extends Entry>(
  live: Y.Map<Y.Map<unknown>>,
  wanted: Record<string, T>,
  textField: string | null,
  create: (entry: T) => Y.Map<unknown>,
): void {
  for (const id of [...live.keys()]) if (!Object.hasOwn(wanted, id)) live.delete(id)
  for (const [id, entry] of Object.entries(wanted)) {
    const current = live.get(id)
    if (current instanceof Y.Map) syncFields(current, entry, textField)
    else live.set(id, create(entry))
  }
}

function syncFields(map: Y.Map<unknown>, entry: Record<string, unknown>, textField: string | null): void {
  for (const key of [...map.keys()]) {
    if (!Object.hasOwn(entry, key) || entry[key] === undefined) map.delete(key)
  }
  for (const [key, value] of Object.entries(entry)) {
    if (key === 'id' || value === undefined) continue
    const current = map.get(key)
    if (key === textField && typeof value === 'string') {
      if (current instanceof Y.Text) diffText(current, value)
      else map.set(key, new Y.Text(value))
    } else if (!sameValue(current, value)) {
      map.set(key, value)
    }
  }
}

/** Replaces only the changed middle of a text, so concurrent typing elsewhere in it survives. */
function diffText(text: Y.Text, wanted: string): void {
  const have = text.toString()
  if (have === wanted) return
  let start = 0
  const max = Math.min(have.length, wanted.length)
  while (start < max && have[start] === wanted[start]) start++
  let end = 0
  while (end < max - start && have[have.length - 1 - end] === wanted[wanted.length - 1 - end]) end++
  const removed = have.length - start - end
  if (removed > 0) text.delete(start, removed)
  const inserted = wanted.slice(start, wanted.length - end)
  if (inserted) text.insert(start, inserted)
}

function sameValue(current: unknown, value: unknown): boolean {
  const plain = current instanceof Y.AbstractType ? (current.toJSON() as unknown) : current
  if (plain === value) return true
  if (typeof plain !== 'object' || typeof value !== 'object' || plain === null || value === null) return false
  return JSON.stringify(plain) === JSON.stringify(value)
}
