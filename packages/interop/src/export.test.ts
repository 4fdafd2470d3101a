import { describe, expect, it } from 'vitest'
import { embedSnippet, exportBoard, importBoard, EXPORT_FORMATS, IMPORT_FORMATS } from './index'
import { wrapLabel } from './svg-export'
import { ARCHETYPES, boardFromLinks, randomBoard } from './test-support'

const fixes = boardFromLinks(ARCHETYPES['fixes-that-fail']!.links, 'Fixes that fail')

describe('format lists', () => {
  it('name every format the server may route', () => {
    expect(EXPORT_FORMATS).toEqual([
      'json',
      'kumu',
      'dot',
      'mermaid',
      'csv',
      'csv-variables',
      'csv-loops',
      'svg',
      'mdl',
    ])
    expect(IMPORT_FORMATS).toEqual(['json', 'kumu', 'csv', 'dot', 'mermaid', 'mdl'])
  })

  it('export the same board to the same bytes every time', () => {
    for (const f of EXPORT_FORMATS)
      expect(exportBoard(randomBoard(7), f).body).toBe(exportBoard(randomBoard(7), f).body)
  })

  it('export an empty board in every format', () => {
    const empty = boardFromLinks([])
    for (const f of EXPORT_FORMATS) expect(exportBoard(empty, f).body.length, f).toBeGreaterThan(0)
    expect(importBoard('json', exportBoard(empty, 'json').body)).toMatchObject({
      ok: true,
      content: { nodes: [], edges: [] },
    })
    expect(importBoard('csv', exportBoard(empty, 'csv').body)).toEqual({
      ok: false,
      errors: [{ path: '$', message: 'No variables found.' }],
    })
  })

  it('refuse an unknown format', () => {
    expect(() => exportBoard(fixes, 'pdf' as never)).toThrow(/Unknown export format/)
  })
})

describe('exports', () => {
  it('dot: a digraph with polarity labels and delay marks', () => {
    const { body, contentType, extension } = exportBoard(fixes, 'dot')
    expect([contentType, extension]).toEqual(['text/vnd.graphviz', 'dot'])
    expect(body).toMatch(/^digraph "Fixes that fail" \{/)
    expect(body).toContain('n1 [label="Problem symptom"];')
    expect(body).toContain('n1 -> n2 [label="+"];')
    expect(body).toContain('n2 -> n1 [label="-"];')
    expect(body).toContain('n2 -> n3 [label="+ ||"];')
  })

  it('dot: quotes and backslashes in labels are escaped', () => {
    const b = boardFromLinks([['say "hi" \\o/', 'B', '+']])
    expect(exportBoard(b, 'dot').body).toContain('[label="say \\"hi\\" \\\\o/"]')
  })

  it('mermaid: flowchart LR, sanitised ids, quoted and escaped labels', () => {
    const b = boardFromLinks([['A "quote" <b>#1</b>', 'x -> y', '-', true]])
    const body = exportBoard(b, 'mermaid').body
    expect(body.split('\n')[1]).toBe('flowchart LR')
    expect(body).toContain('n1["A #34;quote#34; #60;b#62;#35;1#60;/b#62;"]')
    expect(body).toContain('n2["x -#62; y"]')
    expect(body).toContain('n1 -->|"- ||"| n2')
  })

  it('kumu: elements and directed connections with polarity and delay', () => {
    const k = JSON.parse(exportBoard(fixes, 'kumu').body)
    expect(k.elements).toHaveLength(3)
    expect(k.elements[0]).toMatchObject({ label: 'Problem symptom', type: 'Variable' })
    expect(k.connections).toContainEqual(
      expect.objectContaining({
        from: 'Fix',
        to: 'Unintended consequence',
        polarity: '+',
        delay: 'yes',
        direction: 'directed',
      }),
    )
    expect(k.loops.map((l: { label: string; type: string }) => `${l.label}:${l.type}`)).toEqual([
      'R1:Reinforcing',
      'B1:Balancing',
    ])
  })

  it('kumu: duplicate labels fall back to ids so links stay unambiguous', () => {
    const b = boardFromLinks([['A', 'B', '+']])
    b.nodes.v1!.label = 'A'
    const k = JSON.parse(exportBoard(b, 'kumu').body)
    expect(k.connections[0]).toMatchObject({ from: 'v0', to: 'v1' })
  })

  it('csv: header, edge rows, lone variables, formula guard', () => {
    const b = boardFromLinks([['=cmd()', 'B, with comma', '-', true]])
    b.nodes.lone = { id: 'lone', kind: 'variable', label: 'Lonely', x: 0, y: 0 }
    expect(exportBoard(b, 'csv').body).toBe(
      'source,target,polarity,delay\r\n\'=cmd(),"B, with comma",-,true\r\nLonely,,,\r\n',
    )
  })

  it('csv-variables and csv-loops list variables and typed loops', () => {
    expect(exportBoard(fixes, 'csv-variables').body.split('\r\n')[0]).toBe('id,label,kind,x,y')
    const loops = exportBoard(fixes, 'csv-loops').body.split('\r\n')
    expect(loops[0]).toBe('loop,type,name,length,variables')
    expect(loops[1]).toBe('R1,R,,3,Problem symptom > Fix > Unintended consequence')
    expect(loops[2]).toBe('B1,B,,2,Problem symptom > Fix')
  })

  it('csv-loops carries the names people gave loops', () => {
    const b = boardFromLinks([
      ['A', 'B', '+'],
      ['B', 'A', '+'],
    ])
    b.loops['v0>v1'] = { name: 'Vicious circle' }
    expect(exportBoard(b, 'csv-loops').body.split('\r\n')[1]).toBe('R1,R,Vicious circle,2,A > B')
  })

  it('svg: rounded variables, arrows, polarity, delay marks and loop badges', () => {
    const { body, contentType } = exportBoard(fixes, 'svg')
    expect(contentType).toBe('image/svg+xml')
    expect(body).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(
      body.match(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="[^"]+" rx="10"/g),
    ).toHaveLength(3)
    expect(body.match(/marker-end="url\(#arrow\)"/g)).toHaveLength(4)
    // The Fix ⇄ Problem pair bows apart; the single links are straight.
    expect(body.match(/<path class="link" d="M[^"]* Q/g)).toHaveLength(2)
    expect(body.match(/class="delay"/g)).toHaveLength(2)
    expect(body).toContain('>\u2212</text>')
    expect(body).toContain('data-type="R"')
    expect(body).toMatch(
      /data-type="B"><circle cx="[\d.]+" cy="[\d.]+" r="16"\/><text [^>]*>B1<\/text>/,
    )
    expect(body.trim().endsWith('</svg>')).toBe(true)
  })

  it('svg: the R1 badge sits at the centroid of its loop', () => {
    const b = boardFromLinks([
      ['A', 'B', '+'],
      ['B', 'C', '+'],
      ['C', 'A', '+'],
    ])
    const centres = Object.values(b.nodes).map((n) => ({ x: n.x + 45, y: n.y + 22 }))
    const cx = centres.reduce((t, p) => t + p.x, 0) / 3
    const cy = centres.reduce((t, p) => t + p.y, 0) / 3
    const m = /<circle cx="([\d.]+)" cy="([\d.]+)"/.exec(exportBoard(b, 'svg').body)!
    expect(Number(m[1])).toBeCloseTo(cx, 0)
    expect(Number(m[2])).toBeCloseTo(cy, 0)
  })

  it('svg: user text is XML-escaped everywhere', () => {
    const b = boardFromLinks([['<script>x</script>', '"&\'', '+']], '</title><script>')
    const body = exportBoard(b, 'svg').body
    expect(body).not.toMatch(/<script|"&'/)
    expect(body).toContain('&#60;script&#62;x&#60;/script&#62;')
  })

  it('mdl: a sketch Vensim and Causeway can read, with polarity codes and delay marks', () => {
    const body = exportBoard(fixes, 'mdl').body
    expect(body).toContain('Problem symptom = A FUNCTION OF(Fix,Unintended consequence)')
    expect(body).toContain('10,1,Problem symptom,0,0,40,20,8,3,0,0,0,0,0,0')
    expect(body).toMatch(/^1,\d+,2,3,0,0,43,0,0,65,/m)
    expect(body).toMatch(/^1,\d+,2,1,0,0,45,0,0,64,/m)
  })
})

describe('what the graph formats carry', () => {
  it('leaves unlinked notes and containers to the board JSON, keeps linked ones and stocks', () => {
    const b = boardFromLinks([['A', 'B', '+']])
    b.nodes.note = { id: 'note', kind: 'note', label: 'Remember', x: 0, y: 0 }
    b.nodes.ice = { id: 'ice', kind: 'iceberg', label: 'Iceberg', x: 0, y: 0 }
    b.nodes.st = { id: 'st', kind: 'stock', label: 'Trust', x: 0, y: 0 }
    for (const f of ['dot', 'mermaid', 'csv', 'kumu', 'svg', 'mdl'] as const) {
      const body = exportBoard(b, f).body
      expect(body, f).not.toMatch(/Remember|Iceberg/)
      expect(body, f).toContain('Trust')
    }
    expect(exportBoard(b, 'json').body).toContain('Remember')
  })

  it('kumu keeps the kind of stocks across a round trip', () => {
    const b = boardFromLinks([['A', 'B', '+']])
    b.nodes.v0!.kind = 'stock'
    const back = importBoard('kumu', exportBoard(b, 'kumu').body)
    expect(back.ok && back.content.nodes.map((n) => n.kind)).toEqual(['stock', 'variable'])
  })
})

describe('svg label wrapping', () => {
  it('wraps long labels at spaces into at most four lines', () => {
    expect(wrapLabel('Short')).toEqual(['Short'])
    expect(wrapLabel('Perceived need to invest in capacity for the school')).toEqual([
      'Perceived need to invest in',
      'capacity for the school',
    ])
    expect(wrapLabel('x'.repeat(200))).toHaveLength(4)
    expect(wrapLabel('two\nlines')).toEqual(['two', 'lines'])
  })

  it('draws wrapped labels as tspans inside a taller box', () => {
    const body = exportBoard(
      boardFromLinks([['Perceived need to invest in capacity for the school', 'B', '+']]),
      'svg',
    ).body
    expect(body).toMatch(/height="52" rx="10"/)
    expect(body.match(/<tspan /g)).toHaveLength(2)
  })
})

describe('mdl names', () => {
  it('numbers repeated labels, since Vensim names are unique regardless of case', () => {
    const b = boardFromLinks([['Trust', 'B', '+']])
    b.nodes.v1!.label = 'trust'
    const body = exportBoard(b, 'mdl').body
    expect(body).toContain('\n10,1,Trust,')
    expect(body).toContain('\n10,2,trust 2,')
  })
})

describe('embedSnippet', () => {
  it('builds an iframe with escaped attributes', () => {
    expect(embedSnippet('https://causeway.example/b/1#view=a&b="c"', 'Our "loop" <3')).toBe(
      '<iframe src="https://causeway.example/b/1#view=a&#38;b=&#34;c&#34;" title="Our &#34;loop&#34; &#60;3" width="800" height="600" style="border:0" loading="lazy" referrerpolicy="no-referrer" allowfullscreen></iframe>',
    )
  })

  it('refuses non-http URLs', () => {
    expect(() => embedSnippet('javascript:alert(1)', 'x')).toThrow()
  })
})
