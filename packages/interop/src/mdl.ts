import type { BoardSnapshot } from '@causeway/model'
import type { ExportResult, ImportResult } from './types'
import { ContentBuilder } from './content-builder'
import { quoted, sizeIssue } from './limits'
import { boardEdges, boardNodes } from './board-graph'

const SKETCH_START = '\\\\\\---///'
const SKETCH_END = '///---\\\\\\'
// Vensim keeps only the low bits of the arrow's delay-type field for the mark; 64 is a style bit.
const DELAY_BITS = 63
const POLARITY_CODES: Record<number, '+' | '-' | '?'> = {
  0: '?',
  43: '+',
  45: '-',
  83: '+',
  79: '-',
  63: '?',
  32: '?',
}

/** Splits a sketch line on commas outside a quoted name. */
function sketchFields(line: string): string[] {
  const out: string[] = []
  let cur = ''
  let inQuotes = false
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!
    if (inQuotes && c === '\\') {
      cur += c + (line[++i] ?? '')
      continue
    }
    if (c === '"') inQuotes = !inQuotes
    if (c === ',' && !inQuotes) {
      out.push(cur)
      cur = ''
    } else cur += c
  }
  out.push(cur)
  return out
}

/** A Vensim name: quoted names may hold any character; `\n` in a sketch name is a line break. */
function vensimName(raw: string): string {
  const t = raw.trim()
  if (!(t.startsWith('"') && t.endsWith('"') && t.length >= 2)) return t.replace(/\\n/g, '\n')
  return t.slice(1, -1).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c))
}

/**
 * Vensim .mdl causal-loop sketch: the sketch section's `10,` variable lines and `1,` arrow lines
 * (polarity as an ASCII code in field 7, delay mark in field 10). Equations are not read.
 */
export function importMdl(text: string): ImportResult {
  const size = sizeIssue(text)
  if (size) return { ok: false, errors: [size] }
  const lines = text.split(/\r?\n/)
  const start = lines.findIndex((l) => l.startsWith(SKETCH_START))
  if (start < 0)
    return {
      ok: false,
      errors: [{ path: '$', message: 'No sketch section (\\\\\\---/// line) found.' }],
    }
  return ContentBuilder.run((b) => {
    const arrows: Array<{ line: number; f: string[] }> = []
    for (let i = start + 1; i < lines.length; i++) {
      const raw = lines[i]!
      const line = i + 1
      if (raw.startsWith(SKETCH_END) || raw.startsWith(SKETCH_START)) break
      if (!/^\d+,/.test(raw)) continue
      const f = sketchFields(raw)
      if (f[0] === '10') {
        const [, id, name, x, y] = f
        if (!id || !/^\d+$/.test(id))
          b.error(`line ${line}`, 'Expected a numeric object id in field 2.')
        else if (name === undefined || vensimName(name) === '')
          b.error(`line ${line}`, 'Expected a variable name in field 3.')
        else if (!isNum(x) || !isNum(y))
          b.error(`line ${line}`, 'Expected x and y numbers in fields 4 and 5.')
        else if (b.has(id)) b.error(`line ${line}`, `Duplicate object id ${id}.`)
        else b.variable(id, `line ${line}`, { label: vensimName(name), x: Number(x), y: Number(y) })
      } else if (f[0] === '1') arrows.push({ line, f })
    }
    // Arrows may name objects declared after them, so they are read once all variables are known.
    for (const { line, f } of arrows) {
      const where = `line ${line}`
      const [, , from, to, , , pol, , , dtype] = f
      if (!isNum(pol) || !isNum(dtype)) {
        b.error(where, 'Expected an arrow line: 1,id,from,to,shape,hid,pol,thick,hasf,dtype,…')
        continue
      }
      const polarity = POLARITY_CODES[Number(pol)]
      if (!polarity) {
        b.error(
          `${where}, polarity`,
          `Unknown polarity code ${quoted(pol)} (expected 43 "+" or 45 "-").`,
        )
        continue
      }
      // Arrows to or from valves, clouds and comments are not causal links between variables.
      if (!b.has(from ?? '') || !b.has(to ?? '')) continue
      b.link(from!, to!, polarity, (Number(dtype) & DELAY_BITS) !== 0, where)
    }
  })
}

function isNum(s: string | undefined): s is string {
  return s !== undefined && /^-?\d+(\.\d+)?$/.test(s.trim())
}

function mdlName(name: string): string {
  // Vensim names are letters, digits, spaces and _ unless quoted.
  return /^[A-Za-z][\w ]*$/.test(name)
    ? name
    : `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`
}

/** A Vensim causal-loop model: one `A FUNCTION OF` equation per variable and a sketch view. */
export function exportMdl(s: BoardSnapshot): ExportResult {
  const nodes = boardNodes(s)
  const num = new Map(nodes.map((n, i) => [n.id, i + 1]))
  // Vensim names are unique regardless of case; a repeated label gets a number.
  const taken = new Set<string>()
  const name = new Map<string, string>()
  nodes.forEach((n, i) => {
    let label = n.label.trim() || `variable ${i + 1}`
    for (let k = 2; taken.has(label.toLowerCase()); k++) label = `${n.label.trim()} ${k}`
    taken.add(label.toLowerCase())
    name.set(n.id, mdlName(label))
  })
  const edges = boardEdges(s)
  const causes = new Map<string, string[]>()
  for (const e of edges)
    causes.set(e.target, [...(causes.get(e.target) ?? []), name.get(e.source)!])
  const equations = nodes.map(
    (n) =>
      `${name.get(n.id)} = A FUNCTION OF(${(causes.get(n.id) ?? []).join(',')})\n\t~\t\n\t~\t\t|\n`,
  )
  const polCode = { '+': 43, '-': 45, '?': 0 } as const
  const sketch = [
    `${SKETCH_START} Sketch information - do not modify anything except names`,
    'V300  Do not put anything below this section - it will be ignored',
    '*View 1',
    '$192-192-192,0,Times New Roman|12||0-0-0|0-0-0|0-0-255|-1--1--1|-1--1--1|96,96,100,0',
    ...nodes.map(
      (n) =>
        `10,${num.get(n.id)},${name.get(n.id)},${Math.round(n.x)},${Math.round(n.y)},40,20,8,3,0,0,0,0,0,0`,
    ),
    ...edges.map(
      (e, i) =>
        `1,${nodes.length + i + 1},${num.get(e.source)},${num.get(e.target)},0,0,${polCode[e.polarity]},0,0,${e.delay ? 65 : 64},0,-1--1--1,,1|(0,0)|`,
    ),
    SKETCH_END,
  ]
  const body = ['{UTF-8}', ...equations, '', sketch.join('\n'), ''].join('\n')
  return { contentType: 'text/plain; charset=utf-8', extension: 'mdl', body }
}
