import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addVariable, cyclePolarity, moveNodes, removeNodes, setLabel, toggleDelay } from './commands'
import { initBoard } from './doc'
import { toSnapshot } from './snapshot'

/** A tiny seeded PRNG so a failing shuffle can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0
    return seed / 2 ** 32
  }
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  const a = [...items]
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[a[i], a[j]] = [a[j]!, a[i]!]
  }
  return a
}

/** Collects every update a doc emits so they can be delivered later, in any order. */
function outbox(doc: Y.Doc): Uint8Array[] {
  const out: Uint8Array[] = []
  doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') out.push(u)
  })
  return out
}

function randomEdit(doc: Y.Doc, rand: () => number, n: number) {
  const ids = [...doc.getMap('nodes').keys()]
  const edges = [...doc.getMap('edges').keys()]
  const pick = <T,>(a: T[]) => a[Math.floor(rand() * a.length)]!
  const r = rand()
  if (r < 0.3 || ids.length < 2) addVariable(doc, { x: n * 10, y: n * 5, label: `v${n}` })
  else if (r < 0.5) {
    const [a, b] = [pick(ids), pick(ids)]
    if (a !== b) addLink(doc, { source: a, target: b, polarity: rand() < 0.5 ? '+' : '-' })
  } else if (r < 0.65) setLabel(doc, pick(ids), `label ${n}`)
  else if (r < 0.8) moveNodes(doc, [{ id: pick(ids), x: rand() * 500, y: rand() * 500 }])
  else if (r < 0.9 && edges.length) (rand() < 0.5 ? cyclePolarity : toggleDelay)(doc, pick(edges))
  else removeNodes(doc, [pick(ids)])
}

describe('board documents converge', () => {
  it('two docs exchanging updates after concurrent edits end identical', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    initBoard(a, { title: 'Wellbeing', createdAt: 1 })
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    const x = addVariable(a, { x: 0, y: 0, label: 'Stress' })
    const y = addVariable(b, { x: 100, y: 0, label: 'Sleep' })
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    // Concurrent: A links, B renames the link's target and deletes nothing.
    addLink(a, { source: y, target: x, polarity: '-' })
    setLabel(b, x, 'Stress level')
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    expect(toSnapshot(a)).toEqual(toSnapshot(b))
    expect(Object.values(toSnapshot(a).edges)).toHaveLength(1)
    expect(toSnapshot(a).nodes[x]?.label).toBe('Stress level')
  })

  it('three replicas with shuffled, duplicated delivery converge (20 seeds)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rand = rng(seed)
      const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()]
      const boxes = docs.map(outbox)
      initBoard(docs[0]!, { createdAt: 0 })
      for (let round = 0; round < 8; round++) {
        docs.forEach((d, i) => {
          for (let k = 0; k < 5; k++) randomEdit(d, rand, round * 100 + i * 10 + k)
        })
        // Deliver a random subset now, in random order, sometimes twice; the rest later.
        docs.forEach((target, ti) => {
          boxes.forEach((box, bi) => {
            if (bi === ti) return
            for (const u of shuffle(box, rand)) {
              if (rand() < 0.6) Y.applyUpdate(target, u, 'remote')
              if (rand() < 0.1) Y.applyUpdate(target, u, 'remote')
            }
          })
        })
      }
      // Final full exchange: state vectors make it exact regardless of what was missed.
      for (const t of docs) for (const s of docs) if (t !== s) Y.applyUpdate(t, Y.encodeStateAsUpdate(s), 'remote')
      const [s0, s1, s2] = docs.map(toSnapshot)
      expect(s1, `seed ${seed}`).toEqual(s0)
      expect(s2, `seed ${seed}`).toEqual(s0)
    }
  })

  it('a link whose end was deleted concurrently is hidden from snapshots, not shown dangling', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    const x = addVariable(a, { x: 0, y: 0, label: 'A' })
    const y = addVariable(a, { x: 0, y: 0, label: 'B' })
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    addLink(a, { source: x, target: y })
    removeNodes(b, [y])
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    expect(toSnapshot(a).edges).toEqual({})
    expect(toSnapshot(a)).toEqual(toSnapshot(b))
  })
})
