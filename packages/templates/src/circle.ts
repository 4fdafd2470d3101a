import type * as Y from 'yjs'
import { addVariable, moveNodes, removeNodes, setNodeFields, toSnapshot } from '@causeway/model'
import type { BoardSnapshot, Move, NodeSnapshot } from '@causeway/model'
import { content, node, prompt, variable } from './build'
import { HABITS } from './habits'
import type { Template } from './types'

export const CIRCLE_DEFAULT_SIZE = { w: 440, h: 440 }
/** Rough size of a variable card, so elements sit centred on the ring. */
const CARD = { w: 140, h: 44 }

export interface CircleBox {
  x: number
  y: number
  w?: unknown
  h?: unknown
}

function size(c: CircleBox): { w: number; h: number } {
  const ok = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : d)
  return { w: ok(c.w, CIRCLE_DEFAULT_SIZE.w), h: ok(c.h, CIRCLE_DEFAULT_SIZE.h) }
}

/**
 * Top-left positions for n elements evenly around a circle container, clockwise from 12 o'clock,
 * with each card centred on the ring.
 */
export function circlePositions(circle: CircleBox, n: number): Array<{ x: number; y: number }> {
  const { w, h } = size(circle)
  const cx = circle.x + w / 2
  const cy = circle.y + h / 2
  const r = Math.min(w, h) / 2
  return Array.from({ length: n }, (_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, n)
    return { x: Math.round(cx + r * Math.cos(a) - CARD.w / 2), y: Math.round(cy + r * Math.sin(a) - CARD.h / 2) }
  })
}

export interface CircleToCldPlan {
  /** New positions for the elements: spread on a ring wide enough to read as a CLD. */
  moves: Move[]
  /** Field changes per node; `undefined` deletes the field (setNodeFields semantics). */
  fields: Array<{ id: string; fields: Record<string, unknown> }>
  /** The empty circle container, to remove in the same step. */
  remove: string[]
}

/**
 * How to turn a connection circle into a plain causal-loop diagram. Every link is kept (links
 * join nodes, not the circle). Elements keep their order round the ring, which is the layout
 * the team already knows, on a radius that leaves about 200px between neighbours.
 */
export function circleToCld(snapshot: BoardSnapshot, circleId: string): CircleToCldPlan {
  const circle = snapshot.nodes[circleId]
  if (!circle || circle.kind !== 'circle') return { moves: [], fields: [], remove: [] }
  const { w, h } = size(circle)
  const cx = circle.x + w / 2
  const cy = circle.y + h / 2
  const elements = Object.values(snapshot.nodes)
    .filter((n) => n.parent === circleId)
    .sort((a, b) => angle(a, cx, cy) - angle(b, cx, cy) || (a.id < b.id ? -1 : 1))
  const spacing = 200
  const r = Math.max(Math.min(w, h) / 2, (spacing * elements.length) / (2 * Math.PI))
  const moves = elements.map((n, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, elements.length)
    return { id: n.id, x: Math.round(cx + r * Math.cos(a) - CARD.w / 2), y: Math.round(cy + r * Math.sin(a) - CARD.h / 2) }
  })
  return {
    moves,
    fields: elements.map((n) => ({ id: n.id, fields: { parent: undefined } })),
    remove: [circleId],
  }
}

function angle(n: NodeSnapshot, cx: number, cy: number): number {
  // Measured clockwise from 12 o'clock so the first element stays at the top.
  const a = Math.atan2(n.y + CARD.h / 2 - cy, n.x + CARD.w / 2 - cx) + Math.PI / 2
  return a < 0 ? a + 2 * Math.PI : a
}

/** A connection circle is for 5–10 elements of a story (FRAMEWORK.md); past that it stops reading. */
export const CIRCLE_MAX_ELEMENTS = 10

/**
 * Adds an element to a circle and spaces every element evenly round the ring again, keeping
 * their order, in one transaction (one undo step). Returns the new node's id, or null when the
 * circle is gone or already holds CIRCLE_MAX_ELEMENTS.
 */
export function addCircleElement(doc: Y.Doc, circleId: string, label = '', origin?: unknown): string | null {
  const snapshot = toSnapshot(doc)
  const circle = snapshot.nodes[circleId]
  if (!circle || circle.kind !== 'circle') return null
  const { w, h } = size(circle)
  const cx = circle.x + w / 2
  const cy = circle.y + h / 2
  const elements = Object.values(snapshot.nodes)
    .filter((n) => n.parent === circleId)
    .sort((a, b) => angle(a, cx, cy) - angle(b, cx, cy) || (a.id < b.id ? -1 : 1))
  if (elements.length >= CIRCLE_MAX_ELEMENTS) return null
  const spots = circlePositions(circle, elements.length + 1)
  let id: string | null = null
  doc.transact(() => {
    moveNodes(doc, elements.map((n, i) => ({ id: n.id, ...spots[i]! })), origin)
    const last = spots[elements.length]!
    id = addVariable(doc, { label, x: last.x, y: last.y, fields: { parent: circleId } }, origin)
  }, origin)
  return id
}

/** Applies a circleToCld plan as one transaction: one undo step, seen by others as one change. */
export function applyCircleToCld(doc: Y.Doc, plan: CircleToCldPlan, origin?: unknown): void {
  doc.transact(() => {
    moveNodes(doc, plan.moves, origin)
    for (const f of plan.fields) setNodeFields(doc, f.id, f.fields, origin)
    removeNodes(doc, plan.remove, origin)
  }, origin)
}

const ELEMENTS = ['Homework load', 'Sleep', 'Stress', 'Attendance', 'Grades', 'Motivation', 'Teacher support', 'Time with friends']
const RING = { x: 0, y: 0, w: 520, h: 520 }

export const CONNECTION_CIRCLE: Template = {
  id: 'connection-circle',
  title: 'Connection circle',
  description: 'Place 5–10 elements of a story around a circle, draw the causal arrows across it, then turn it into a causal-loop diagram.',
  ages: '8+',
  habits: [HABITS.connections, HABITS.circular, HABITS.bigPicture, HABITS.structure],
  facilitatorNotes:
    'Replace the sample elements with nouns from your story that can go up or down. Draw one arrow at a time and say it aloud ("when sleep goes down, stress goes up"). Look for closed paths: those are loops. When the circle is busy, turn it into a causal-loop diagram.',
  category: 'tool',
  content: content([
    node('circle', 'circle', 'What is connected to what?', RING.x, RING.y, { w: RING.w, h: RING.h }),
    ...circlePositions(RING, ELEMENTS.length).map((p, i) => variable(`el${i}`, ELEMENTS[i]!, p.x, p.y, { parent: 'circle' })),
    prompt('q-arrows', 'Pick two elements. Does a change in one cause a change in the other? Draw the arrow and mark + or −.', 640, 0),
  ]),
}
