import type { Edge, Node } from '@xyflow/react'
import { MarkerType } from '@xyflow/react'
import type { EdgeSnapshot, NodeSnapshot } from '@causeway/model'
import { t } from '../i18n'

/** What a node component gets: the plain node fields (label as a string). */
export type BoardNodeData = NodeSnapshot & Record<string, unknown>
export type BoardNode = Node<BoardNodeData>

export interface BoardEdgeData extends Record<string, unknown> {
  polarity: EdgeSnapshot['polarity']
  delay: boolean
  sourceLabel: string
  targetLabel: string
  /** Optional words on the link itself (e.g. from an import). */
  label?: string
  /** A stock-and-flow pipe (`flow: true`): drawn by PipeEdge, with no polarity or delay mark. */
  pipe?: true
}
export type BoardEdge = Edge<BoardEdgeData>

export const KNOWN_RENDERED_KINDS = new Set(['variable', 'note'])

/** A React Flow node for a model node, keeping what only React Flow knows (selection, size). */
export function toFlowNode(n: NodeSnapshot, prev: BoardNode | undefined, nodeTypes: ReadonlySet<string>): BoardNode {
  return {
    ...(prev && { selected: prev.selected, measured: prev.measured, width: prev.width, height: prev.height }),
    id: n.id,
    type: nodeTypes.has(n.kind) ? n.kind : 'generic',
    position: prev?.dragging ? prev.position : { x: n.x, y: n.y },
    ...(prev?.dragging && { dragging: true }),
    ariaLabel: nodeAriaLabel(n),
    data: n as BoardNodeData,
  }
}

function nodeAriaLabel(n: NodeSnapshot): string {
  const label = n.label || t('node.empty')
  if (n.kind === 'variable') return t('node.variable', { label })
  if (n.kind === 'note') return t('node.note', { label })
  return t('node.generic', { kind: n.kind, label })
}

const CAUSAL_MARKER = { type: MarkerType.ArrowClosed, width: 18, height: 18 }

export function toFlowEdge(
  e: EdgeSnapshot,
  labels: (id: string) => string,
  prev: BoardEdge | undefined,
): BoardEdge {
  const sourceLabel = labels(e.source)
  const targetLabel = labels(e.target)
  const pipe = e.flow === true
  const names = { source: sourceLabel || t('node.empty'), target: targetLabel || t('node.empty') }
  return {
    ...(prev?.selected && { selected: true }),
    id: e.id,
    source: e.source,
    target: e.target,
    // A pipe draws its own hollow head; only causal links use the marker.
    ...(pipe ? { type: 'pipe' } : { type: 'causal', markerEnd: CAUSAL_MARKER }),
    ariaLabel: t(pipe ? 'edge.pipe' : 'edge.label', names),
    data: {
      polarity: e.polarity,
      delay: e.delay,
      sourceLabel,
      targetLabel,
      ...(e.label ? { label: e.label } : {}),
      ...(pipe && { pipe: true as const }),
    },
  }
}

/**
 * Rebuilds only what changed: untouched nodes keep their object identity, so memoised node
 * components skip rendering. `changed` holds ids whose Y data changed (added, edited or deleted).
 */
export function mergeNodes(
  prev: BoardNode[],
  changed: ReadonlySet<string>,
  read: (id: string) => NodeSnapshot | undefined,
  nodeTypes: ReadonlySet<string>,
): BoardNode[] {
  if (changed.size === 0) return prev
  const out: BoardNode[] = []
  const seen = new Set<string>()
  for (const node of prev) {
    seen.add(node.id)
    if (!changed.has(node.id)) {
      out.push(node)
      continue
    }
    const snap = read(node.id)
    if (snap) out.push(toFlowNode(snap, node, nodeTypes))
  }
  for (const id of changed) {
    if (seen.has(id)) continue
    const snap = read(id)
    if (snap) out.push(toFlowNode(snap, undefined, nodeTypes))
  }
  return out
}

/**
 * Edges change when their own data changes or when an end node changed (its label, its life).
 * An end node that only moved (a drag ending here or elsewhere) leaves its links as they were:
 * same objects and, if nothing else changed, the same array, so React Flow has nothing to redo.
 */
export function mergeEdges(
  prev: BoardEdge[],
  changedEdges: ReadonlySet<string>,
  changedNodes: ReadonlySet<string>,
  allEdgeIds: () => Iterable<string>,
  read: (id: string) => EdgeSnapshot | undefined,
  labels: (id: string) => string | undefined,
): BoardEdge[] {
  if (changedEdges.size === 0 && changedNodes.size === 0) return prev
  const prevById = new Map(prev.map((e) => [e.id, e]))
  const out: BoardEdge[] = []
  let same = true
  for (const id of allEdgeIds()) {
    const old = prevById.get(id)
    const touched =
      !old || changedEdges.has(id) || changedNodes.has(old.source) || changedNodes.has(old.target)
    if (!touched) {
      same &&= prev[out.length] === old
      out.push(old)
      continue
    }
    const snap = read(id)
    // A link whose end was deleted concurrently is hidden, as in toSnapshot.
    if (!snap) continue
    const s = labels(snap.source)
    const t = labels(snap.target)
    if (s === undefined || t === undefined) continue
    const next = toFlowEdge(snap, (n) => (n === snap.source ? s : t), old)
    const kept = old && sameEdge(old, next) ? old : next
    same &&= prev[out.length] === kept
    out.push(kept)
  }
  return same && out.length === prev.length ? prev : out
}

function sameEdge(a: BoardEdge, b: BoardEdge): boolean {
  const x = a.data
  const y = b.data
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.ariaLabel === b.ariaLabel &&
    !!a.selected === !!b.selected &&
    !!x &&
    !!y &&
    x.polarity === y.polarity &&
    x.delay === y.delay &&
    x.sourceLabel === y.sourceLabel &&
    x.targetLabel === y.targetLabel &&
    x.label === y.label &&
    x.pipe === y.pipe
  )
}
