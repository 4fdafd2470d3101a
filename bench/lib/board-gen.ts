/** Deterministic generated boards and graphs, so every server and every run sees the same input. */
import * as Y from 'yjs'
import { addLink, addVariable, boardMaps, initBoard, makeEdgeMap, makeNodeMap, moveNodes } from '@causeway/model'
import type { Polarity } from '@causeway/model'

/** Small seeded PRNG (mulberry32): the same seed gives the same board in every process. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const POL: Polarity[] = ['+', '-', '+', '?']

/** A workshop-sized board built gesture by gesture (one transaction per node or link). */
export function seedSmallBoard(doc: Y.Doc, nodes: number, links: number, seed = 1): string[] {
  const r = rng(seed)
  initBoard(doc, { title: 'bench', createdAt: 0 })
  const ids: string[] = []
  for (let i = 0; i < nodes; i++) {
    ids.push(addVariable(doc, { id: `n${i}`, label: `Variable ${i}`, x: i * 40, y: (i % 7) * 60 }))
  }
  for (let i = 0; i < links; i++) {
    const s = Math.floor(r() * nodes)
    const t = (s + 1 + Math.floor(r() * (nodes - 1))) % nodes
    addLink(doc, { id: `e${i}`, source: ids[s] as string, target: ids[t] as string, polarity: POL[i % 4] as Polarity })
  }
  return ids
}

/** A large board in one transaction (an import), e.g. 1,000 variables and 2,000 links. */
export function seedLargeBoard(doc: Y.Doc, nodes: number, links: number, seed = 2): void {
  const r = rng(seed)
  initBoard(doc, { title: 'large', createdAt: 0 })
  const m = boardMaps(doc)
  doc.transact(() => {
    for (let i = 0; i < nodes; i++) {
      m.nodes.set(`n${i}`, makeNodeMap({ label: `Variable number ${i}`, x: (i % 40) * 160, y: Math.floor(i / 40) * 90 }))
    }
    for (let i = 0; i < links; i++) {
      const s = Math.floor(r() * nodes)
      const t = (s + 1 + Math.floor(r() * (nodes - 1))) % nodes
      m.edges.set(`e${i}`, makeEdgeMap({ source: `n${s}`, target: `n${t}`, polarity: POL[i % 4] as Polarity }))
    }
  })
}

export interface GenGraph {
  nodeIds: string[]
  edges: { id: string; source: string; target: string; polarity: Polarity }[]
}

/**
 * A simple directed graph (no self-loops, no parallel links) with `n` nodes and ~n*degree links,
 * each link reaching at most `reach` positions away (small reach = local, diagram-like structure).
 */
export function genGraph(n: number, degree: number, seed: number, reach = 6): GenGraph {
  const r = rng(seed)
  const nodeIds = Array.from({ length: n }, (_, i) => `v${String(i).padStart(3, '0')}`)
  const seen = new Set<string>()
  const edges: GenGraph['edges'] = []
  const target = Math.round(n * degree)
  for (let tries = 0; edges.length < target && tries < target * 20; tries++) {
    const s = Math.floor(r() * n)
    // Causal diagrams are mostly local: pick targets near the source so loops stay short.
    const span = Math.min(n - 1, reach)
    const off = 1 + Math.floor(r() * span)
    const t = (s + (r() < 0.5 ? off : n - off)) % n
    const k = `${s}>${t}`
    if (s === t || seen.has(k)) continue
    seen.add(k)
    edges.push({ id: `l${edges.length}`, source: nodeIds[s] as string, target: nodeIds[t] as string, polarity: r() < 0.3 ? '-' : '+' })
  }
  return { nodeIds, edges }
}

/** One small gesture: a node move (drag end) or one keystroke in a label. */
export function smallEdit(doc: Y.Doc, r: () => number, origin: unknown): void {
  const { nodes } = boardMaps(doc)
  const ids = [...nodes.keys()]
  const id = ids[Math.floor(r() * ids.length)] as string
  if (r() < 0.5) {
    moveNodes(doc, [{ id, x: Math.round(r() * 2000), y: Math.round(r() * 1200) }], origin)
    return
  }
  const label = nodes.get(id)?.get('label')
  if (!(label instanceof Y.Text)) return
  doc.transact(() => {
    if (label.length > 40) label.delete(label.length - 1, 1)
    else label.insert(label.length, 'abcdefghij'[Math.floor(r() * 10)] as string)
  }, origin)
}
