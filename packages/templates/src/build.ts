import { canonicalLoopKey } from '@causeway/model'
import type { BoardContent, EdgeSnapshot, LoopInfo, NodeSnapshot, Polarity } from '@causeway/model'

/** Small constructors so template data reads like the diagrams it describes. */

export function node(
  id: string,
  kind: string,
  label: string,
  x: number,
  y: number,
  fields: Record<string, unknown> = {},
): NodeSnapshot {
  return { ...fields, id, kind, label, x, y }
}

export const variable = (id: string, label: string, x: number, y: number, fields: Record<string, unknown> = {}) =>
  node(id, 'variable', label, x, y, fields)

export const note = (id: string, label: string, x: number, y: number, fields: Record<string, unknown> = {}) =>
  node(id, 'note', label, x, y, fields)

export const prompt = (id: string, label: string, x: number, y: number, fields: Record<string, unknown> = {}) =>
  node(id, 'prompt', label, x, y, { w: 240, ...fields })

export const frame = (id: string, label: string, x: number, y: number, w: number, h: number) =>
  node(id, 'frame', label, x, y, { w, h })

/** Links written "a -+-> b" style: link('a', 'b', '+', {delay: true}). */
export function link(
  source: string,
  target: string,
  polarity: Polarity,
  extra: { delay?: boolean; label?: string; fields?: Record<string, unknown> } = {},
): EdgeSnapshot {
  const e: EdgeSnapshot = {
    ...extra.fields,
    id: `${source}-${target}`,
    source,
    target,
    polarity,
    delay: extra.delay ?? false,
  }
  if (extra.label !== undefined) e.label = extra.label
  return e
}

/** Loop names keyed the way the board keys them, from a cycle written in any rotation. */
export function namedLoops(...loops: Array<[cycle: string[], name: string]>): Record<string, LoopInfo> {
  return Object.fromEntries(loops.map(([cycle, name]) => [canonicalLoopKey(cycle), { name }]))
}

export function content(nodes: NodeSnapshot[], edges: EdgeSnapshot[] = [], loops?: Record<string, LoopInfo>): BoardContent {
  return loops ? { nodes, edges, loops } : { nodes, edges }
}
