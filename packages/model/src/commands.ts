import * as Y from 'yjs'
import { boardMaps } from './doc'
import { newId } from './ids'
import type { NodeKind, Polarity } from './types'

/**
 * Every user gesture becomes one of these functions, each one Y transaction with the caller's
 * origin, so a per-user Y.UndoManager tracking that origin undoes exactly one gesture.
 */

export class ModelError extends Error {
  constructor(
    public readonly code: 'self-loop' | 'unknown-node' | 'unknown-edge' | 'invalid',
    message: string,
  ) {
    super(message)
  }
}

export interface AddNodeInput {
  id?: string
  kind?: NodeKind
  label?: string
  x: number
  y: number
  /** Kind-specific primitive or JSON fields (level, rung, color, parent, w, h, …). */
  fields?: Record<string, unknown>
}

const RESERVED_NODE_FIELDS = new Set(['id', 'kind', 'label', 'x', 'y'])

/** Builds a node's Y.Map without inserting it (used by addNode and by bulk content inserts). */
export function makeNodeMap(input: AddNodeInput): Y.Map<unknown> {
  const node = new Y.Map<unknown>()
  node.set('kind', input.kind ?? 'variable')
  node.set('label', new Y.Text(input.label ?? ''))
  node.set('x', finite(input.x))
  node.set('y', finite(input.y))
  for (const [k, v] of Object.entries(input.fields ?? {})) {
    if (!RESERVED_NODE_FIELDS.has(k) && v !== undefined) node.set(k, v)
  }
  return node
}

export function addNode(doc: Y.Doc, input: AddNodeInput, origin?: unknown): string {
  const id = input.id ?? newId()
  doc.transact(() => boardMaps(doc).nodes.set(id, makeNodeMap(input)), origin)
  return id
}

export function addVariable(
  doc: Y.Doc,
  input: Omit<AddNodeInput, 'kind'>,
  origin?: unknown,
): string {
  return addNode(doc, { ...input, kind: 'variable' }, origin)
}

/** Replaces a label's whole text; for keystroke-level merging edit the Y.Text directly. */
export function setLabel(doc: Y.Doc, nodeId: string, text: string, origin?: unknown): void {
  const label = getNode(doc, nodeId).get('label')
  doc.transact(() => {
    if (label instanceof Y.Text) {
      if (label.toString() === text) return
      label.delete(0, label.length)
      label.insert(0, text)
    } else {
      getNode(doc, nodeId).set('label', new Y.Text(text))
    }
  }, origin)
}

export interface Move {
  id: string
  x: number
  y: number
}

/** Writes final positions (on drag end), one transaction for the whole selection. */
export function moveNodes(doc: Y.Doc, moves: Move[], origin?: unknown): void {
  const { nodes } = boardMaps(doc)
  doc.transact(() => {
    for (const m of moves) {
      const node = nodes.get(m.id)
      if (!node) continue
      if (node.get('x') !== m.x) node.set('x', finite(m.x))
      if (node.get('y') !== m.y) node.set('y', finite(m.y))
    }
  }, origin)
}

/** Sets kind-specific fields (level, rung, color, series, parent, …). `undefined` deletes one. */
export function setNodeFields(
  doc: Y.Doc,
  nodeId: string,
  fields: Record<string, unknown>,
  origin?: unknown,
): void {
  const node = getNode(doc, nodeId)
  doc.transact(() => {
    for (const [k, v] of Object.entries(fields)) {
      if (k === 'id' || k === 'label') continue
      if (v === undefined) node.delete(k)
      else node.set(k, v)
    }
  }, origin)
}

/** Removes nodes and every link touching them, in one step. */
export function removeNodes(doc: Y.Doc, ids: Iterable<string>, origin?: unknown): void {
  const { nodes, edges } = boardMaps(doc)
  const gone = new Set(ids)
  doc.transact(() => {
    for (const id of gone) nodes.delete(id)
    for (const [edgeId, edge] of edges) {
      if (gone.has(edge.get('source') as string) || gone.has(edge.get('target') as string)) {
        edges.delete(edgeId)
      }
    }
  }, origin)
}

export interface AddLinkInput {
  id?: string
  source: string
  target: string
  polarity?: Polarity
  delay?: boolean
  label?: string
  fields?: Record<string, unknown>
}

export function makeEdgeMap(input: AddLinkInput): Y.Map<unknown> {
  const edge = new Y.Map<unknown>()
  edge.set('source', input.source)
  edge.set('target', input.target)
  edge.set('polarity', input.polarity ?? '?')
  edge.set('delay', input.delay ?? false)
  if (input.label !== undefined) edge.set('label', new Y.Text(input.label))
  for (const [k, v] of Object.entries(input.fields ?? {})) {
    if (!['id', 'source', 'target', 'polarity', 'delay', 'label'].includes(k) && v !== undefined) {
      edge.set(k, v)
    }
  }
  return edge
}

/** Links two existing nodes. Self-loops are refused: a variable cannot cause itself directly. */
export function addLink(doc: Y.Doc, input: AddLinkInput, origin?: unknown): string {
  const { nodes, edges } = boardMaps(doc)
  if (input.source === input.target) {
    throw new ModelError('self-loop', 'A link needs two different variables.')
  }
  for (const end of [input.source, input.target]) {
    if (!nodes.has(end)) throw new ModelError('unknown-node', `No node with id ${end}.`)
  }
  const id = input.id ?? newId()
  doc.transact(() => edges.set(id, makeEdgeMap(input)), origin)
  return id
}

export function setPolarity(doc: Y.Doc, edgeId: string, polarity: Polarity, origin?: unknown): void {
  if (!isPolarity(polarity)) throw new ModelError('invalid', `Polarity must be +, - or ?.`)
  const edge = getEdge(doc, edgeId)
  doc.transact(() => edge.set('polarity', polarity), origin)
}

const NEXT_POLARITY: Record<Polarity, Polarity> = { '?': '+', '+': '-', '-': '?' }

/** The click/keyboard toggle: ? → + → − → ?. Returns the new polarity. */
export function cyclePolarity(doc: Y.Doc, edgeId: string, origin?: unknown): Polarity {
  const current = getEdge(doc, edgeId).get('polarity') as Polarity
  const next = NEXT_POLARITY[current] ?? '+'
  setPolarity(doc, edgeId, next, origin)
  return next
}

export function setDelay(doc: Y.Doc, edgeId: string, delay: boolean, origin?: unknown): void {
  const edge = getEdge(doc, edgeId)
  doc.transact(() => edge.set('delay', delay), origin)
}

export function toggleDelay(doc: Y.Doc, edgeId: string, origin?: unknown): boolean {
  const next = !getEdge(doc, edgeId).get('delay')
  setDelay(doc, edgeId, next, origin)
  return next
}

/** Kinds a material pipe joins: stocks, the flows (valves) that fill and drain them, and clouds. */
export const PIPE_END_KINDS: ReadonlySet<string> = new Set(['stock', 'flow', 'cloud'])

/** A pipe is an edge with `flow: true` (material moving, drawn source → target). */
export function isPipe(edge: Y.Map<unknown> | Readonly<Record<string, unknown>>): boolean {
  return (edge instanceof Y.Map ? edge.get('flow') : edge.flow) === true
}

/** Whether a link drawn between these nodes starts as a pipe: both ends are a stock, flow or cloud. */
export function isPipeByDefault(doc: Y.Doc, source: string, target: string): boolean {
  const { nodes } = boardMaps(doc)
  return [source, target].every((id) => PIPE_END_KINDS.has(nodes.get(id)?.get('kind') as string))
}

/**
 * Turns links into material pipes (`flow: true`) or back into causal links, in one transaction.
 * A pipe shows no polarity or delay mark, so it is stored as '+' without a delay (the way the
 * loop finder reads every pipe, see packages/analysis): nothing hidden changes a loop's type.
 * Back as a causal link it is '+', visible and editable again; undo restores what it was.
 */
export function setPipe(doc: Y.Doc, edgeIds: Iterable<string>, pipe: boolean, origin?: unknown): void {
  const edges = [...edgeIds].map((id) => getEdge(doc, id))
  doc.transact(() => {
    for (const edge of edges) {
      if (!pipe) {
        if (edge.has('flow')) edge.delete('flow')
        continue
      }
      if (edge.get('flow') !== true) edge.set('flow', true)
      if (edge.get('polarity') !== '+') edge.set('polarity', '+')
      if (edge.get('delay') !== false) edge.set('delay', false)
    }
  }, origin)
}

/**
 * The pipe ↔ link toggle for a selection: when every link is already a pipe they all become
 * causal links, otherwise they all become pipes. One transaction; returns whether they are pipes now.
 */
export function togglePipe(doc: Y.Doc, edgeIds: Iterable<string>, origin?: unknown): boolean {
  const ids = [...edgeIds]
  const pipe = !ids.every((id) => isPipe(getEdge(doc, id)))
  setPipe(doc, ids, pipe, origin)
  return pipe
}

export function removeLinks(doc: Y.Doc, ids: Iterable<string>, origin?: unknown): void {
  const { edges } = boardMaps(doc)
  doc.transact(() => {
    for (const id of ids) edges.delete(id)
  }, origin)
}

/** Names or annotates a detected loop, keyed as DESIGN.md says (see loopKey in analysis). */
export function setLoopInfo(
  doc: Y.Doc,
  key: string,
  info: { name?: string; note?: string },
  origin?: unknown,
): void {
  const { loops } = boardMaps(doc)
  doc.transact(() => {
    let entry = loops.get(key)
    if (!entry) {
      entry = new Y.Map<unknown>()
      loops.set(key, entry)
    }
    if (info.name !== undefined) entry.set('name', info.name)
    if (info.note !== undefined) entry.set('note', info.note)
  }, origin)
}

export function setTitle(doc: Y.Doc, title: string, origin?: unknown): void {
  doc.transact(() => boardMaps(doc).meta.set('title', title), origin)
}

export function getNode(doc: Y.Doc, id: string): Y.Map<unknown> {
  const node = boardMaps(doc).nodes.get(id)
  if (!node) throw new ModelError('unknown-node', `No node with id ${id}.`)
  return node
}

export function getEdge(doc: Y.Doc, id: string): Y.Map<unknown> {
  const edge = boardMaps(doc).edges.get(id)
  if (!edge) throw new ModelError('unknown-edge', `No link with id ${id}.`)
  return edge
}

export function isPolarity(v: unknown): v is Polarity {
  return v === '+' || v === '-' || v === '?'
}

function finite(n: number): number {
  return Number.isFinite(n) ? n : 0
}
