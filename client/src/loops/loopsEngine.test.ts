import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addVariable, moveNodes, setLabel, setLoopInfo } from '@causeway/model'
import { findLoops } from '@causeway/analysis'
import type { LoopGraph } from '@causeway/analysis'
import { LoopsEngine } from './loopsEngine'
import type { Analyze } from './loopsEngine'

function triangle(doc: Y.Doc) {
  const a = addVariable(doc, { id: 'a', label: 'Stress', x: 0, y: 0 })
  const b = addVariable(doc, { id: 'b', label: 'Sleep', x: 200, y: 0 })
  const c = addVariable(doc, { id: 'c', label: 'Focus', x: 100, y: 200 })
  addLink(doc, { id: 'ab', source: a, target: b, polarity: '+' })
  addLink(doc, { id: 'bc', source: b, target: c, polarity: '+' })
  addLink(doc, { id: 'ca', source: c, target: a, polarity: '+' })
}

/** The real search, counting how often it is asked. */
function countingSearch(calls: LoopGraph[]): Analyze {
  return async (graph, opts) => {
    calls.push(graph)
    return findLoops(graph, opts)
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('LoopsEngine', () => {
  it('labels loops and re-searches only when links change', async () => {
    const doc = new Y.Doc()
    triangle(doc)
    const calls: LoopGraph[] = []
    const engine = new LoopsEngine(doc, countingSearch(calls))
    const seen: number[] = []
    const unsubscribe = engine.subscribe(() => seen.push(engine.getState().loops.length))
    await settle()
    expect(engine.getState().loops.map((l) => l.label)).toEqual(['R1'])
    expect(calls).toHaveLength(1)

    // Moving and renaming do not touch the graph, so no new search; the snapshot still updates.
    moveNodes(doc, [{ id: 'a', x: 50, y: 50 }])
    setLabel(doc, 'a', 'Worry')
    setLoopInfo(doc, 'a>b>c', { name: 'Worry spiral' })
    engine.flush()
    await settle()
    expect(calls).toHaveLength(1)
    expect(engine.getState().snapshot?.nodes.a?.label).toBe('Worry')
    expect(engine.getState().snapshot?.loops['a>b>c']?.name).toBe('Worry spiral')

    Y.transact(doc, () => doc.getMap<Y.Map<unknown>>('edges').get('bc')!.set('polarity', '-'))
    engine.flush()
    await settle()
    expect(calls).toHaveLength(2)
    expect(engine.getState().loops.map((l) => l.label)).toEqual(['B1'])
    unsubscribe()
  })

  it('folds edits made during a search into one follow-up search', async () => {
    const doc = new Y.Doc()
    const calls: LoopGraph[] = []
    const release: Array<() => void> = []
    const inner = countingSearch(calls)
    const slow: Analyze = (graph, opts) =>
      new Promise((resolve) => release.push(() => void inner(graph, opts).then(resolve)))
    const engine = new LoopsEngine(doc, slow)
    const unsubscribe = engine.subscribe(() => {})
    addVariable(doc, { id: 'x', label: 'X', x: 0, y: 0 })
    engine.flush()
    triangle(doc)
    engine.flush()
    expect(release).toHaveLength(1) // only the first search is running; the rest wait
    release[0]!()
    await settle()
    expect(release).toHaveLength(2) // one follow-up for the newest graph, not one per edit
    expect(engine.getState().analysing).toBe(true)
    release[1]!()
    await settle()
    expect(engine.getState().analysing).toBe(false)
    expect(engine.getState().loops.map((l) => l.key)).toEqual(['a>b>c'])
    unsubscribe()
  })

  it('passes the search bounds on and reports truncation honestly', async () => {
    const doc = new Y.Doc()
    const ids = ['a', 'b', 'c', 'd']
    for (const id of ids) addVariable(doc, { id, label: id.toUpperCase(), x: 0, y: 0 })
    for (const s of ids) for (const t of ids) if (s !== t) addLink(doc, { source: s, target: t, polarity: '+' })
    const engine = new LoopsEngine(doc, countingSearch([]), 150, { maxLoops: 3 })
    const unsubscribe = engine.subscribe(() => {})
    await settle()
    expect(engine.getState().loops).toHaveLength(3)
    expect(engine.getState().truncated).toBe(true)
    expect(engine.getState().truncatedBy).toBe('count')
    unsubscribe()
  })

  it('says when the time bound, not the count, stopped the search', async () => {
    const doc = new Y.Doc()
    // Big enough (K7) for the search to read the clock at all: it does so every 1,024 steps.
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    for (const id of ids) addVariable(doc, { id, label: id.toUpperCase(), x: 0, y: 0 })
    for (const s of ids) for (const t of ids) if (s !== t) addLink(doc, { source: s, target: t, polarity: '+' })
    // A clock that jumps a second per reading: the budget runs out at once.
    let clock = 0
    const engine = new LoopsEngine(doc, countingSearch([]), 150, { maxLoops: 1000, maxMs: 100, now: () => (clock += 1000) })
    const unsubscribe = engine.subscribe(() => {})
    await settle()
    expect(engine.getState().truncated).toBe(true)
    expect(engine.getState().truncatedBy).toBe('time')
    unsubscribe()
  })
})
