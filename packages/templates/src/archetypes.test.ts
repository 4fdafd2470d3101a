import { describe, expect, it } from 'vitest'
import { getTemplate } from './index'

/**
 * FRAMEWORK.md's archetype links, transcribed in its own notation (`A -+-> B`, `A ---> B`,
 * `(delay)`), so any drift between template data and the source shows up as a diff.
 */
const SOURCE: Record<string, string[]> = {
  'fixes-that-fail': [
    'Problem symptom -+-> Fix',
    'Fix ---> Problem symptom',
    'Fix -+-> Unintended consequence (delay)',
    'Unintended consequence -+-> Problem symptom',
  ],
  'shifting-the-burden': [
    'Problem symptom -+-> Symptomatic solution',
    'Symptomatic solution ---> Problem symptom',
    'Problem symptom -+-> Fundamental solution',
    'Fundamental solution ---> Problem symptom (delay)',
    'Symptomatic solution -+-> Side effect',
    'Side effect ---> Fundamental solution',
  ],
  'limits-to-growth': [
    'Efforts -+-> Performance',
    'Performance -+-> Efforts',
    'Performance -+-> Limiting action',
    'Limiting action ---> Performance',
    'Constraint -+-> Limiting action',
  ],
  'eroding-goals': [
    'Goal -+-> Gap',
    'Current state ---> Gap',
    'Gap -+-> Corrective action',
    'Corrective action -+-> Current state (delay)',
    'Gap -+-> Pressure to lower goal',
    'Pressure to lower goal ---> Goal',
  ],
  escalation: [
    "A's result -+-> Results of A relative to B",
    "B's result ---> Results of A relative to B",
    'Results of A relative to B ---> Threat to A',
    'Threat to A -+-> Activity by A',
    "Activity by A -+-> A's result",
    'Results of A relative to B -+-> Threat to B',
    'Threat to B -+-> Activity by B',
    "Activity by B -+-> B's result",
  ],
  'success-to-the-successful': [
    'Allocation to A instead of B -+-> Resources to A',
    'Resources to A -+-> Success of A',
    'Success of A -+-> Allocation to A instead of B',
    'Allocation to A instead of B ---> Resources to B',
    'Resources to B -+-> Success of B',
    'Success of B ---> Allocation to A instead of B',
  ],
  'tragedy-of-the-commons': [
    "A's activity -+-> Net gain for A",
    "Net gain for A -+-> A's activity",
    "B's activity -+-> Net gain for B",
    "Net gain for B -+-> B's activity",
    "A's activity -+-> Total activity",
    "B's activity -+-> Total activity",
    'Total activity ---> Gain per individual activity (delay)',
    'Resource limit -+-> Gain per individual activity',
    'Gain per individual activity -+-> Net gain for A',
    'Gain per individual activity -+-> Net gain for B',
  ],
  'growth-and-underinvestment': [
    'Growing action -+-> Demand',
    'Demand -+-> Growing action',
    'Demand ---> Performance',
    'Performance -+-> Demand',
    'Performance ---> Perceived need to invest',
    'Performance standard -+-> Perceived need to invest',
    'Perceived need to invest -+-> Investment in capacity',
    'Investment in capacity -+-> Capacity (delay)',
    'Capacity -+-> Performance',
  ],
  'accidental-adversaries': [
    "A's activity toward B -+-> B's success",
    "B's success -+-> B's activity toward A",
    "B's activity toward A -+-> A's success",
    "A's success -+-> A's activity toward B",
    "A's success -+-> A's unilateral action",
    "A's unilateral action -+-> A's success",
    "A's unilateral action ---> B's success",
    "B's success -+-> B's unilateral action",
    "B's unilateral action -+-> B's success",
    "B's unilateral action ---> A's success",
  ],
}

describe('archetype data matches FRAMEWORK.md', () => {
  it.each(Object.entries(SOURCE))('%s', (id, expected) => {
    const { nodes, edges } = getTemplate(id)!.content
    const label = (nid: string) => nodes.find((n) => n.id === nid)!.label
    const written = edges.map(
      (e) => `${label(e.source)} -${e.polarity === '-' ? '-' : e.polarity}-> ${label(e.target)}${e.delay ? ' (delay)' : ''}`,
    )
    expect(written.sort()).toEqual([...expected].sort())
    // No stray variables: every node is on some link.
    expect(new Set(nodes.map((n) => n.label))).toEqual(new Set(expected.flatMap((l) => l.replace(' (delay)', '').split(/ -[+-]-> /))))
  })

  it('lays variables out at least ~200px apart', () => {
    for (const id of Object.keys(SOURCE)) {
      const nodes = getTemplate(id)!.content.nodes
      for (const a of nodes)
        for (const b of nodes)
          if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y), `${id}: ${a.label} / ${b.label}`).toBeGreaterThanOrEqual(190)
    }
  })
})
