import { describe, expect, it } from 'vitest'
import type { BoardSnapshot, NodeSnapshot, Polarity } from '@causeway/model'
import { loopsOfSnapshot } from './snapshot-loops'
import { labelLoops, loopAnchor } from './labels'
import { outline } from './outline'
import type { Loop } from './types'

/** A plain snapshot built by hand (this package has no Yjs dependency). */
function board() {
  const s: BoardSnapshot = { meta: { schema: 1, title: 't', createdAt: 1 }, nodes: {}, edges: {}, loops: {} }
  let n = 0
  const add = (id: string, label: string, kind = 'variable') => {
    s.nodes[id] = { id, kind, label, x: (n += 100), y: n % 300 }
  }
  const link = (source: string, target: string, polarity: Polarity, delay = false) => {
    const id = `e${String(++n).padStart(4, '0')}`
    s.edges[id] = { id, source, target, polarity, delay }
  }
  return { s, add, link }
}

describe('loopsOfSnapshot', () => {
  it('counts variables, stocks, flows and clouds; not notes, frames, prompts or containers', () => {
    const { s, add, link } = board()
    add('a', 'Stock', 'stock')
    add('b', 'Flow', 'flow')
    add('c', 'Cloud', 'cloud')
    add('d', 'Element', 'variable')
    add('n', 'Note', 'note')
    add('f', 'Frame', 'frame')
    add('p', 'Prompt', 'prompt')
    add('i', 'Iceberg', 'iceberg')
    for (const [from, to] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'a'], ['a', 'n'], ['n', 'a'], ['b', 'f'], ['f', 'b'], ['c', 'p'], ['p', 'c'], ['d', 'i'], ['i', 'd']])
      link(from!, to!, '+')
    const r = loopsOfSnapshot(s)
    expect(r.loops.map((l) => l.key)).toEqual(['a>b>c>d'])
  })

  it('reads a pipe (flow: true) as a + link, whatever polarity it has stored', () => {
    const { s, add, link } = board()
    add('f', 'Joining', 'flow')
    add('s', 'Enrolled', 'stock')
    link('f', 's', '-')
    link('s', 'f', '+')
    expect(loopsOfSnapshot(s).loops.map((l) => l.type)).toEqual(['B'])
    const pipe = Object.values(s.edges).find((e) => e.source === 'f')!
    pipe.flow = true
    expect(loopsOfSnapshot(s).loops.map((l) => l.type)).toEqual(['R'])
  })

  it('ignores links whose ends are gone', () => {
    const { s, add, link } = board()
    add('a', 'A')
    add('b', 'B')
    link('a', 'b', '+')
    link('b', 'a', '+')
    link('a', 'zzz', '+')
    link('zzz', 'a', '+')
    expect(loopsOfSnapshot(s).loops).toHaveLength(1)
    delete s.nodes.b
    expect(loopsOfSnapshot(s).loops).toHaveLength(0)
  })
})

const loop = (key: string, type: Loop['type']): Loop => ({ key, nodes: key.split('>'), edges: [], type })

describe('labelLoops', () => {
  it('numbers R, then B, then U, each in the given order', () => {
    const labelled = labelLoops([loop('a>b', 'B'), loop('c>d', 'R'), loop('e>f', 'U'), loop('a>c', 'R'), loop('x>y', 'B')])
    expect(labelled.map((l) => [l.label, l.key])).toEqual([
      ['R1', 'c>d'],
      ['R2', 'a>c'],
      ['B1', 'a>b'],
      ['B2', 'x>y'],
      ['U1', 'e>f'],
    ])
  })
})

describe('loopAnchor', () => {
  it('is the centroid of the known positions', () => {
    const positions = { a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, c: { x: 0, y: 300 } }
    expect(loopAnchor(loop('a>b>c', 'R'), positions)).toEqual({ x: 100, y: 100 })
    expect(loopAnchor(loop('a>b>zz', 'R'), new Map(Object.entries(positions)))).toEqual({ x: 150, y: 0 })
    expect(loopAnchor(loop('y>z', 'R'), positions)).toBeUndefined()
  })

  it('accepts a snapshot nodes record directly', () => {
    const nodes: Record<string, NodeSnapshot> = {
      a: { id: 'a', kind: 'variable', label: 'A', x: 10, y: 20 },
      b: { id: 'b', kind: 'variable', label: 'B', x: 30, y: 40 },
    }
    expect(loopAnchor(loop('a>b', 'R'), nodes)).toEqual({ x: 20, y: 30 })
  })
})

describe('outline', () => {
  function stressBoard(): BoardSnapshot {
    const { s, add, link } = board()
    add('s', 'Stress')
    add('a', 'Absences')
    add('l', 'Sleep')
    add('w', 'Workload')
    link('s', 'a', '+')
    link('l', 's', '-')
    link('s', 'l', '-', true)
    link('a', 'w', '+')
    link('w', 's', '?')
    return s
  }

  it('lists every link, then every labelled loop', () => {
    const s = stressBoard()
    const lines = outline(s, loopsOfSnapshot(s).loops, { 'l>s': 'Sleepless nights' })
    expect(lines).toEqual([
      'Absences increases Workload (+)',
      'Sleep decreases Stress (−)',
      'Stress increases Absences (+)',
      'Stress decreases Sleep (−) (delay)',
      'Workload affects Stress (?)',
      'R1 (Sleepless nights): Sleep → Stress → Sleep, reinforcing',
      'U1: Absences → Workload → Stress → Absences, undetermined',
    ])
  })

  it('reads a pipe as material flowing, without polarity or delay', () => {
    const { s, add, link } = board()
    add('j', 'Students joining', 'flow')
    add('e', 'Enrolled students', 'stock')
    link('j', 'e', '+', true)
    link('e', 'j', '+')
    Object.values(s.edges).find((e) => e.source === 'j')!.flow = true
    expect(outline(s, loopsOfSnapshot(s).loops)).toEqual([
      'Enrolled students increases Students joining (+)',
      'Students joining flows into Enrolled students',
      'R1: Enrolled students → Students joining → Enrolled students, reinforcing',
    ])
  })

  it('keeps labels the loops already carry', () => {
    const s = stressBoard()
    const relabelled = labelLoops(loopsOfSnapshot(s).loops).map((l) => ({ ...l, label: l.label.replace('1', '7') }))
    expect(outline(s, relabelled).slice(-2)).toEqual([
      'R7: Sleep → Stress → Sleep, reinforcing',
      'U7: Absences → Workload → Stress → Absences, undetermined',
    ])
  })

  it('takes loop names stored on the board and translated phrases', () => {
    const s = stressBoard()
    s.loops['l>s'] = { name: 'Schlaf' }
    const lines = outline(s, loopsOfSnapshot(s).loops, undefined, {
      decreases: '{source} senkt {target} (−)',
      delay: '{link} (Verzögerung)',
      reinforcing: 'verstärkend',
    })
    expect(lines).toContain('Stress senkt Sleep (−) (Verzögerung)')
    expect(lines).toContain('R1 (Schlaf): Sleep → Stress → Sleep, verstärkend')
  })
})
