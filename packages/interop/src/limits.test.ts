import { describe, expect, it } from 'vitest'
import { importBoard, exportBoard, INTEROP_LIMITS } from './index'
import { cleanLabel, jsonDepthIssue, utf8LengthOver } from './limits'
import { snapshotOf } from './test-support'

describe('import limits', () => {
  it('refuses a million-row CSV at the row limit, naming the line', () => {
    const text = 'source,target\n' + '1,2\n'.repeat(1_000_000)
    const r = importBoard('csv', text)
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.errors[0]).toEqual({
        path: `line ${INTEROP_LIMITS.rows + 2}`,
        message: `More than ${INTEROP_LIMITS.rows} data rows.`,
      })
  })

  it('refuses any file over 5 MB before reading it', () => {
    const big =
      'source,target,polarity,delay\n' +
      'Some long variable name,Another long name,+,false\n'.repeat(120_000)
    for (const format of ['csv', 'json', 'kumu', 'dot', 'mermaid', 'mdl'] as const) {
      const r = importBoard(format, big)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.errors[0]!.message).toMatch(/larger than 5 MB/)
    }
  })

  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8LengthOver('é'.repeat(10), 15)).toBe(true)
    expect(utf8LengthOver('é'.repeat(7), 15)).toBe(false)
  })

  it('refuses more than 5,000 variables and 20,000 links', () => {
    const nodes = Array.from({ length: INTEROP_LIMITS.nodes + 1 }, (_, i) => `  v${i}`).join('\n')
    const r = importBoard('dot', `digraph {\n${nodes}\n}`)
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.errors[0]).toEqual({
        path: `line ${INTEROP_LIMITS.nodes + 2}`,
        message: 'More than 5000 variables.',
      })

    const links = ['source,target']
    for (let i = 0; links.length <= INTEROP_LIMITS.links + 1; i++)
      for (let j = 0; j < 200; j++) links.push(`a${i},b${j}`)
    const r2 = importBoard('csv', links.join('\n'))
    expect(r2.ok).toBe(false)
    if (!r2.ok) expect(r2.errors[0]!.message).toBe('More than 20000 links.')
  })

  it('checks JSON nesting by scanning before JSON.parse', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    expect(jsonDepthIssue(deep)).toEqual({
      path: 'line 1',
      message: 'Nested deeper than 32 levels.',
    })
    // Brackets inside strings are text, not nesting.
    expect(jsonDepthIssue(JSON.stringify({ label: '['.repeat(1000) }))).toBeNull()
    const r = importBoard('json', deep)
    expect(r.ok).toBe(false)
  })

  it('refuses over-long Mermaid lines and answers pathological ones without backtracking blow-up', () => {
    const long = importBoard('mermaid', `flowchart LR\n  A -- ${' '.repeat(30_000)}x`)
    expect(long.ok || long.errors[0]).toEqual({
      path: 'line 2',
      message: 'Line longer than 20000 characters.',
    })
    const spaces = importBoard('mermaid', `flowchart LR\n  A -- ${' '.repeat(19_000)}x`)
    expect(spaces.ok).toBe(false)
  })

  it('refuses a DOT file of a million empty statements', () => {
    const r = importBoard('dot', `digraph {\n${';'.repeat(1_000_000)}\n}`)
    expect(r.ok || r.errors[0]!.message).toBe('Too many statements for one board.')
  })

  it('stops collecting after 50 errors', () => {
    const rows = ['source,target,polarity'].concat(
      Array.from({ length: 500 }, (_, i) => `a${i},b${i},bogus`),
    )
    const r = importBoard('csv', rows.join('\n'))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors).toHaveLength(50)
  })

  it('refuses empty files and unknown formats without throwing', () => {
    expect(importBoard('csv', '   \n')).toEqual({
      ok: false,
      errors: [{ path: '$', message: 'The file is empty.' }],
    })
    expect(importBoard('nope' as never, 'x').ok).toBe(false)
  })
})

describe('inherited object keys in files', () => {
  it('are not polarities, delays, kinds or entities', () => {
    const csv = importBoard('csv', 'source,target,polarity,delay\nA,B,constructor,toString\n')
    expect(csv.ok || csv.errors.map((e) => e.path)).toEqual([
      'line 2, column polarity',
      'line 2, column delay',
    ])
    const kumu = importBoard(
      'kumu',
      JSON.stringify({
        elements: [{ label: 'A', type: 'constructor' }, { label: '__proto__' }],
        connections: [],
      }),
    )
    expect(kumu.ok && kumu.content.nodes.map((n) => [n.kind, n.label])).toEqual([
      ['variable', 'A'],
      ['variable', '__proto__'],
    ])
    const mer = importBoard('mermaid', 'flowchart LR\n  a["#constructor;"] --> b')
    expect(mer.ok && mer.content.nodes[0]!.label).toBe('#constructor;')
  })
})

describe('labels are plain text', () => {
  const script = '<script>alert(1)</script>'
  const files: Record<string, string> = {
    csv: `source,target,polarity,delay\n${script},"<img src=x onerror=alert(1)>",+,false\n`,
    dot: `digraph { a [label="${script}"]; a -> b [label="+"]; }`,
    mermaid: `flowchart LR\n  a["${script}"] -->|+| b[#lt;img src=x#gt;]\n`,
    kumu: JSON.stringify({
      elements: [{ label: script }, { label: 'B' }],
      connections: [{ from: script, to: 'B' }],
    }),
    mdl: `\\\\\\---/// Sketch\nV300\n*View 1\n10,1,"${script}",1,2,40,20,8,3,0,0,0,0,0,0\n10,2,B,3,4,40,20,8,3,0,0,0,0,0,0\n`,
  }

  it.each(Object.entries(files))(
    '%s: markup in labels comes through as the same inert text',
    (format, text) => {
      const r = importBoard(format as never, text)
      if (!r.ok) throw new Error(JSON.stringify(r.errors))
      expect(r.content.nodes.map((n) => n.label)).toContain(script)
      // …and every export that is markup escapes it.
      const board = snapshotOf(r.content, script)
      for (const f of ['svg', 'mermaid'] as const)
        expect(exportBoard(board, f).body).not.toMatch(/<script|<img/i)
    },
  )

  it('strips control and bidi-override characters, keeps line breaks', () => {
    expect(cleanLabel('a\u0000b\u0007c\u202ed\r\ne\tf')).toBe('abcd\ne f')
    const r = importBoard('csv', 'source,target\n"A\u0001\u0000",B\n')
    expect(r.ok && r.content.nodes[0]!.label).toBe('A')
  })

  it('keys variables on the cleaned label: names differing only in removed characters are one', () => {
    const csv = importBoard('csv', 'source,target\n"A\u0001",B\nA,C\n" A\u202e ",\n')
    if (!csv.ok) throw new Error(JSON.stringify(csv.errors))
    expect(csv.content.nodes.map((n) => n.label)).toEqual(['A', 'B', 'C'])
    expect(csv.content.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['n1>n2', 'n1>n3'])
    // A name of nothing but control characters is a missing name, not a blank variable.
    const blank = importBoard('csv', 'source,target\n"\u0001",B\n')
    expect(blank.ok || blank.errors).toEqual([{ path: 'line 2, column source', message: 'Missing source name.' }])

    const kumu = importBoard(
      'kumu',
      JSON.stringify({
        elements: [{ label: 'A\u0001' }, { label: 'A' }, { label: 'B' }],
        connections: [{ from: 'A', to: 'B' }, { from: 'B', to: 'A\u0000' }],
      }),
    )
    if (!kumu.ok) throw new Error(JSON.stringify(kumu.errors))
    expect(kumu.content.nodes.map((n) => n.label)).toEqual(['A', 'B'])
    expect(kumu.content.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['n1>n2', 'n2>n1'])
  })
})
