import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addLink, addVariable, moveNodes, setLabel, setLoopInfo } from '@causeway/model'
import type { FindLoopsResult, LoopGraph } from '@causeway/analysis'
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

/** A stand-in search that reports the one cycle a→b→c when all three links exist. */
function cycleSearch(calls: LoopGraph[]): Analyze {
  return async (graph) => {
    calls.push(graph)
    const ids = graph.edges.map((e) => e.id).sort().join(',')
    const minus = graph.edges.filter((e) => e.polarity === '-').length
    const result: FindLoopsResult =
      ids === 'ab,bc,ca'
        ? { loops: [{ key: 'a>b>c', nodes: ['a', 'b', 'c'], edges: ['ab', 'bc', 'ca'], type: minus % 2 ? 'B' : 'R' }], truncated: false }
        : { loops: [], truncated: false }
    return result
  }
}

const settle = () => new Promise((r) => setTimeout(r, 0))

describe('LoopsEngine', () => {
  it('labels loops and re-searches only when links change', async () => {
    const doc = new Y.Doc()
    triangle(doc)
    const calls: LoopGraph[] = []
    const engine = new LoopsEngine(doc, cycleSearch(calls))
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
    const inner = cycleSearch(calls)
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
})
