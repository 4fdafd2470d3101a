import { loopsOfSnapshot } from '@causeway/analysis'
import type {
  BoardContent,
  BoardSnapshot,
  EdgeSnapshot,
  NodeSnapshot,
  Polarity,
} from '@causeway/model'

/** Test helpers: seeded boards, archetypes from FRAMEWORK.md, and what a round trip must keep. */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function snapshotOf(content: BoardContent, title = 'Test board'): BoardSnapshot {
  return {
    meta: { schema: 1, title, createdAt: 0 },
    nodes: Object.fromEntries(content.nodes.map((n) => [n.id, n])),
    edges: Object.fromEntries(content.edges.map((e) => [e.id, e])),
    loops: content.loops ?? {},
  }
}

// Awkward on purpose: markup, quotes, separators, entities, formula starters, non-Latin text.
const WORDS = [
  'Stress',
  'Trust',
  '<script>alert(1)</script>',
  'a "quoted" word',
  'x, y',
  '#35; hash',
  'a|b',
  '=SUM(A1)',
  '+1',
  '-x',
  '@me',
  "'=SUM(A1)",
  "''+1",
  "'plain",
  'Été',
  '学习',
  'tab\\back',
  "it's",
  'a & b',
  '->',
  '%% not a comment',
  '[x]',
  '{y}',
  'end',
  'two\nlines',
  'ü\\n literal',
]

export function randomBoard(seed: number): BoardSnapshot {
  const rand = mulberry32(seed)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
  const count = 2 + Math.floor(rand() * 12)
  const nodes: NodeSnapshot[] = Array.from({ length: count }, (_, i) => ({
    id: `id${Math.floor(rand() * 1e9).toString(36)}${i}`,
    kind: 'variable',
    // Unique labels: CSV and Kumu name variables by label.
    label: `${pick(WORDS)} ${i}`,
    x: Math.round(rand() * 800),
    y: Math.round(rand() * 600),
  }))
  const edges: EdgeSnapshot[] = []
  const seen = new Set<string>()
  const linkCount = Math.floor(rand() * count * 2)
  for (let i = 0; i < linkCount; i++) {
    const a = pick(nodes).id
    const b = pick(nodes).id
    if (a === b || seen.has(`${a}>${b}`)) continue
    seen.add(`${a}>${b}`)
    edges.push({
      id: `e${i}`,
      source: a,
      target: b,
      polarity: pick(['+', '-', '?'] as const),
      delay: rand() < 0.3,
    })
  }
  return snapshotOf({ nodes, edges }, `Random ${seed} <b>&</b>`)
}

type Link = [string, string, Polarity, boolean?]

/** A causal-loop board from `[from, to, polarity, delay]` rows, variables named by label. */
export function boardFromLinks(links: Link[], title = 'Archetype'): BoardSnapshot {
  const labels = [...new Set(links.flatMap(([a, b]) => [a, b]))]
  const id = (label: string) => `v${labels.indexOf(label)}`
  return snapshotOf(
    {
      nodes: labels.map((label, i) => ({
        id: id(label),
        kind: 'variable',
        label,
        x: (i % 4) * 200,
        y: Math.floor(i / 4) * 150,
      })),
      edges: links.map(([a, b, polarity, delay], i) => ({
        id: `e${i}`,
        source: id(a),
        target: id(b),
        polarity,
        delay: !!delay,
      })),
    },
    title,
  )
}

/** Archetypes as FRAMEWORK.md gives them, with the loop counts it states. */
export const ARCHETYPES: Record<string, { links: Link[]; R: number; B: number }> = {
  'fixes-that-fail': {
    links: [
      ['Problem symptom', 'Fix', '+'],
      ['Fix', 'Problem symptom', '-'],
      ['Fix', 'Unintended consequence', '+', true],
      ['Unintended consequence', 'Problem symptom', '+'],
    ],
    R: 1,
    B: 1,
  },
  'shifting-the-burden': {
    links: [
      ['Problem symptom', 'Symptomatic solution', '+'],
      ['Symptomatic solution', 'Problem symptom', '-'],
      ['Problem symptom', 'Fundamental solution', '+'],
      ['Fundamental solution', 'Problem symptom', '-', true],
      ['Symptomatic solution', 'Side effect', '+'],
      ['Side effect', 'Fundamental solution', '-'],
    ],
    R: 1,
    B: 2,
  },
  'limits-to-growth': {
    links: [
      ['Efforts', 'Performance', '+'],
      ['Performance', 'Efforts', '+'],
      ['Performance', 'Limiting action', '+'],
      ['Limiting action', 'Performance', '-'],
      ['Constraint', 'Limiting action', '+'],
    ],
    R: 1,
    B: 1,
  },
  'success-to-the-successful': {
    links: [
      ['Allocation to A instead of B', 'Resources to A', '+'],
      ['Resources to A', 'Success of A', '+'],
      ['Success of A', 'Allocation to A instead of B', '+'],
      ['Allocation to A instead of B', 'Resources to B', '-'],
      ['Resources to B', 'Success of B', '+'],
      ['Success of B', 'Allocation to A instead of B', '-'],
    ],
    R: 2,
    B: 0,
  },
  'tragedy-of-the-commons': {
    links: [
      ["A's activity", 'Net gain for A', '+'],
      ['Net gain for A', "A's activity", '+'],
      ["B's activity", 'Net gain for B', '+'],
      ['Net gain for B', "B's activity", '+'],
      ["A's activity", 'Total activity', '+'],
      ["B's activity", 'Total activity', '+'],
      ['Total activity', 'Gain per individual activity', '-', true],
      ['Resource limit', 'Gain per individual activity', '+'],
      ['Gain per individual activity', 'Net gain for A', '+'],
      ['Gain per individual activity', 'Net gain for B', '+'],
    ],
    R: 2,
    B: 2,
  },
}

/** What a round trip must keep, independent of ids and order. */
export function essence(s: BoardSnapshot): { labels: string[]; links: string[]; loops: string[] } {
  const label = (id: string) => s.nodes[id]!.label
  return {
    labels: Object.values(s.nodes)
      .map((n) => n.label)
      .sort(),
    links: Object.values(s.edges)
      .map((e) => JSON.stringify([label(e.source), label(e.target), e.polarity, e.delay]))
      .sort(),
    loops: loopsOfSnapshot(s)
      .loops.map((l) => `${l.type}:${l.nodes.map(label).sort().join('|')}`)
      .sort(),
  }
}
