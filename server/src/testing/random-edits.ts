import type * as Y from 'yjs'
import { addLink, addVariable, boardMaps, moveNodes, removeNodes, setLabel, setPolarity } from '@causeway/model'

/** mulberry32: a small seeded PRNG so a failing run can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(rnd: () => number, xs: T[]): T | undefined {
  return xs.length ? xs[Math.floor(rnd() * xs.length)] : undefined
}

/** One random board edit through the model's commands, as a person would make it. */
export function randomEdit(doc: Y.Doc, rnd: () => number): void {
  const { nodes, edges } = boardMaps(doc)
  const ids = [...nodes.keys()]
  const r = rnd()
  try {
    if (r < 0.3 || ids.length < 2) {
      addVariable(doc, { label: `v${Math.floor(rnd() * 1000)}`, x: Math.round(rnd() * 800), y: Math.round(rnd() * 600) })
    } else if (r < 0.5) {
      const id = pick(rnd, ids)!
      moveNodes(doc, [{ id, x: Math.round(rnd() * 800), y: Math.round(rnd() * 600) }])
    } else if (r < 0.65) {
      setLabel(doc, pick(rnd, ids)!, `label ${Math.floor(rnd() * 1e6)}`)
    } else if (r < 0.85) {
      const s = pick(rnd, ids)!
      const t = pick(rnd, ids)!
      if (s !== t) addLink(doc, { source: s, target: t, polarity: rnd() < 0.5 ? '+' : '-' })
    } else if (r < 0.92) {
      const e = pick(rnd, [...edges.keys()])
      if (e) setPolarity(doc, e, rnd() < 0.5 ? '+' : '-')
    } else {
      removeNodes(doc, [pick(rnd, ids)!])
    }
  } catch {
    // A command refused on a concurrently changed board is a normal outcome, not a failure.
  }
}
