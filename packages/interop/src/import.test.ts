import { describe, expect, it } from 'vitest'
import type { BoardContent } from '@causeway/model'
import { IMPORT_FORMATS, exportBoard, importBoard } from './index'
import type { ImportFormat } from './index'
import { boardFromLinks } from './test-support'

/** Imported content as readable `A -+-> B` rows (the notation of FRAMEWORK.md, `||` for delay). */
function links(format: ImportFormat, text: string): string[] {
  const r = importBoard(format, text)
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return summary(r.content)
}

function summary(c: BoardContent): string[] {
  const label = (id: string) => c.nodes.find((n) => n.id === id)!.label
  return c.edges.map(
    (e) => `${label(e.source)} -${e.polarity}${e.delay ? '||' : ''}-> ${label(e.target)}`,
  )
}

describe('dot import', () => {
  it('reads node labels, chains, comments, quoted ids and attribute polarity', () => {
    const text = `/* a block
comment */ strict digraph "Fixes" {
  // line comment
  graph [rankdir=LR]; node [shape=box]
  rankdir = LR
# preprocessor-style line
  p [label="Problem symptom"]; f [label="Fix"]
  p -> f [label="+"]
  f -> p [label="−"]
  "side effect" -> p -> f [polarity=s, delay=true]
  subgraph cluster_1 { u [label="Unintended\\nconsequence"] }
  f -> u [label="+ ||", color=red]
}`
    expect(links('dot', text)).toEqual([
      'Problem symptom -+-> Fix',
      'Fix ---> Problem symptom',
      'side effect -+||-> Problem symptom',
      'Problem symptom -+||-> Fix',
      'Fix -+||-> Unintended\nconsequence',
    ])
  })

  it('reads Graphviz positions when every node has one (y flipped to point down)', () => {
    const r = importBoard('dot', 'digraph { a -> b; a [pos="10,20"]; b [pos="100,-40!"] }')
    expect(r.ok && r.content.nodes.map((n) => [n.x, n.y])).toEqual([
      [15, -30],
      [150, 60],
    ])
  })

  it('reads what dot -Tdot writes: bb, \\N labels, spline positions', () => {
    const text = `digraph {
	graph [bb="0,0,54,108"];
	node [label="\\N"];
	Stress	[height=0.5, label="\\N", pos="27,90", width=0.75];
	Sleep	[label="Sleep \\N", pos="27,18"];
	Stress -> Sleep	[label="-", pos="e,27,36.104 27,71.697 27,63.983"];
}`
    expect(links('dot', text)).toEqual(['Stress ---> Sleep Sleep'])
  })

  it('treats an unlabelled edge as polarity not yet decided', () => {
    expect(links('dot', 'digraph { a -> b }')).toEqual(['a -?-> b'])
  })
})

describe('mermaid import', () => {
  it('reads the usual node shapes, edge text forms and chains', () => {
    const text = `---
title: demo
---
%% comment
graph TD
  A[Stress] -->|+| B(Sleep loss)
  B -->|"-"| C{{Focus}}
  C -- + || --> D((Grades)) --> A
  D -.->|-| E([Praise])
  click A "javascript:alert(1)"
  style A fill:#f9f
  classDef hot fill:#f00;
  E:::hot ==>|? delay| A;`
    expect(links('mermaid', text)).toEqual([
      'Stress -+-> Sleep loss',
      'Sleep loss ---> Focus',
      'Focus -+||-> Grades',
      'Grades -?-> Stress',
      'Grades ---> Praise',
      'Praise -?||-> Stress',
    ])
  })

  it('links every member of an & group', () => {
    expect(links('mermaid', 'flowchart LR\n  A & B -->|+| C & D')).toEqual([
      'A -+-> C',
      'A -+-> D',
      'B -+-> C',
      'B -+-> D',
    ])
  })

  it('decodes Mermaid entities in labels', () => {
    expect(links('mermaid', 'flowchart LR\n  a["#quot;x#quot; #lt;3 #35;1"] --> b')).toEqual([
      '"x" <3 #1 -?-> b',
    ])
  })
})

describe('csv import', () => {
  it('reads columns in any order, quoted fields, from/to names and spellings of polarity', () => {
    const text =
      '\ufeffDelay,To,From,Sign\r\nyes,"Sleep, lost",Stress,o\r\n,Stress,"Sleep, lost",same\r\nfalse,"He said ""no""",Stress,\r\n'
    expect(links('csv', text)).toEqual([
      'Stress --||-> Sleep, lost',
      'Sleep, lost -+-> Stress',
      'Stress -?-> He said "no"',
    ])
  })

  it('accepts a header with only source and target, and rows that declare a lone variable', () => {
    const r = importBoard('csv', 'source,target\nA,B\nLonely,\n')
    expect(r.ok && r.content.nodes.map((n) => n.label)).toEqual(['A', 'B', 'Lonely'])
  })

  it('lays variables out on a circle since CSV has no positions', () => {
    const r = importBoard('csv', 'source,target\nA,B\nB,C\nC,A\n')
    if (!r.ok) throw new Error()
    const xs = new Set(r.content.nodes.map((n) => `${n.x},${n.y}`))
    expect(xs.size).toBe(3)
  })
})

describe('kumu import', () => {
  it('matches connections by id or label and reads attributes from a project export', () => {
    const text = JSON.stringify({
      elements: [
        { _id: 'elm-1', attributes: { label: 'Trust', 'element type': 'Variable' } },
        { label: 'Openness' },
      ],
      connections: [
        { from: 'elm-1', to: 'Openness', attributes: { 'connection type': '+', delay: 'yes' } },
        { from: 'Openness', to: 'Trust', type: 'Friendship' },
      ],
    })
    expect(links('kumu', text)).toEqual(['Trust -+||-> Openness', 'Openness -?-> Trust'])
  })

  it('reads a mutual connection as links both ways', () => {
    const text = JSON.stringify({
      elements: [{ label: 'A' }, { label: 'B' }],
      connections: [{ from: 'A', to: 'B', direction: 'mutual', polarity: '+' }],
    })
    expect(links('kumu', text)).toEqual(['A -+-> B', 'B -+-> A'])
  })
})

describe('mdl import', () => {
  // The example from Vensim's sketch-format documentation, plus a causal loop with polarity.
  const sample = `{UTF-8}
births = Population * birth rate
\t~\t
\t~\t\t|

\\\\\\---/// Sketch information - do not modify anything except names
V300  Do not put anything below this section - it will be ignored
*View 1
$192-192-192,0,Times New Roman|12||0-0-0|0-0-0|0-0-255|-1--1--1|-1--1--1|96,96,100,0
10,1,Population,275,69,40,20,3,3,0,0,0,0,0,0
12,2,48,91,71,8,8,0,3,0,0,-1,0,0,0
1,3,5,1,4,0,0,22,0,0,0,-1--1--1,,1|(204,71)|
11,5,48,167,71,6,8,34,3,0,0,1,0,0,0
10,6,births,167,90,19,11,40,3,0,0,-1,0,0,0
10,12,"birth rate, per year",99,118,29,11,8,3,0,0,0,0,0,0
1,14,12,6,0,0,43,0,0,64,0,-1--1--1,,1|(130,104)|
1,17,1,6,1,0,43,0,0,65,0,-1--1--1,,1|(203,31)|
1,18,6,1,1,0,45,0,0,64,0,-1--1--1,,1|(349,27)|
12,16,0,269,22,37,9,8,4,0,0,-1,0,0,0
///---\\\\\\
:L<%^E!@
`
  it('reads variables and causal arrows, skipping valves, clouds and flow pipes', () => {
    expect(links('mdl', sample)).toEqual([
      'birth rate, per year -+-> births',
      'Population -+||-> births',
      'births ---> Population',
    ])
    const r = importBoard('mdl', sample)
    expect(r.ok && r.content.nodes.find((n) => n.label === 'Population')).toMatchObject({
      x: 275,
      y: 69,
    })
  })
})

describe('byte order mark (files saved by Windows Notepad)', () => {
  const board = boardFromLinks([
    ['Stress', 'Sleep', '-', true],
    ['Sleep', 'Stress', '+'],
  ])

  it.each(IMPORT_FORMATS)('%s: a file starting with a UTF-8 BOM imports like one without', (f) => {
    const body = exportBoard(board, f).body
    const plain = importBoard(f, body)
    expect(plain.ok).toBe(true)
    expect(importBoard(f, `\ufeff${body}`)).toEqual(plain)
  })

  it('right before the header of hand-written files too', () => {
    expect(links('json', '\ufeff{"format":"causeway.board","version":1,"nodes":[{"id":"a","kind":"variable","label":"A","x":0,"y":0}],"edges":[]}')).toEqual([])
    expect(links('kumu', '\ufeff{"elements":[{"label":"A"},{"label":"B"}],"connections":[{"from":"A","to":"B"}]}')).toEqual(['A -?-> B'])
    expect(links('dot', '\ufeffdigraph { a -> b }')).toEqual(['a -?-> b'])
    expect(links('mermaid', '\ufeffflowchart LR\n  a --> b')).toEqual(['a -?-> b'])
    expect(links('csv', '\ufeffsource,target\na,b\n')).toEqual(['a -?-> b'])
  })
})
