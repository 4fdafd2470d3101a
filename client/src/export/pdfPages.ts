import type { BoardSnapshot, NodeSnapshot } from '@causeway/model'
import { containerSize } from '../kinds/containment'
import { nodeBox } from './geometry'

export interface DiagramPage {
  title: string
  /** Nodes on the page; undefined = the whole board. */
  only?: ReadonlySet<string>
}

/**
 * The diagram pages of a PDF: one per frame (its own nodes and those lying inside it, top to
 * bottom, left to right) plus one for what lies outside every frame, or one for the whole board
 * when it has no frames.
 */
export function diagramPages(snapshot: BoardSnapshot): DiagramPage[] {
  const nodes = Object.values(snapshot.nodes)
  const frames = nodes.filter((n) => n.kind === 'frame')
  if (frames.length === 0) return [{ title: snapshot.meta.title }]
  frames.sort((a, b) => a.y - b.y || a.x - b.x)
  const pages: DiagramPage[] = frames.map((frame) => ({
    title: frame.label.trim() || snapshot.meta.title,
    only: frameMembers(frame, nodes),
  }))
  // Work outside every frame still gets printed, on a page of its own after the frames.
  const placed = new Set(pages.flatMap((p) => [...p.only!]))
  const loose = nodes.filter((n) => n.kind !== 'frame' && !placed.has(n.id)).map((n) => n.id)
  if (loose.length) pages.push({ title: snapshot.meta.title, only: new Set(loose) })
  return pages
}

function frameMembers(frame: NodeSnapshot, nodes: readonly NodeSnapshot[]): Set<string> {
  const { w, h } = containerSize(frame)
  const ids = new Set([frame.id])
  for (const n of nodes) {
    if (n.kind === 'frame') continue
    const b = nodeBox(n)
    const cx = b.x + b.w / 2
    const cy = b.y + b.h / 2
    const inside = cx >= frame.x && cx <= frame.x + w && cy >= frame.y && cy <= frame.y + h
    if (n.parent === frame.id || inside) ids.add(n.id)
  }
  return ids
}
