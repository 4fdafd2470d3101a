import type { ImportResult } from './types'
import type { ContentBuilder } from './content-builder'
import { ContentBuilder as Builder } from './content-builder'
import { quoted, sizeIssue } from './limits'
import { own, readLinkMark } from './polarity'

/** Mermaid entities (`#quot;`, `#35;`) back to characters. */
function decodeEntities(s: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: ' ' }
  return s.replace(/#(\d{1,6}|[a-z]+);/gi, (m, e: string) => {
    if (/^\d+$/.test(e)) {
      const code = Number(e)
      return code <= 0x10ffff ? String.fromCodePoint(code) : m
    }
    return own(named, e.toLowerCase()) ?? m
  })
}

function unquote(s: string): string {
  const t = s.trim()
  return decodeEntities(t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t)
}

// Node shapes, longest openers first so `((` is not read as `(`.
const SHAPES: Array<[string, string]> = [
  ['(((', ')))'],
  ['((', '))'],
  ['([', '])'],
  ['[[', ']]'],
  ['[(', ')]'],
  ['{{', '}}'],
  ['[/', '/]'],
  ['[\\', '\\]'],
  ['[', ']'],
  ['(', ')'],
  ['{', '}'],
  ['>', ']'],
]
const ARROW = /^\s*(-->|==>|-\.->|---|===|-\.-)\s*(?:\|([^|"]*|"[^"]*")\|)?\s*/
// The text may neither start nor end with a space, so no two parts compete for the same spaces.
const TEXT_ARROW =
  /^\s*(--|==|-\.)\s*("[^"]*"|[^-=.>\s](?:[^-=.>]*[^-=.>\s])?)?\s*(-->|==>|\.->)\s*/
const MAX_LINE = 20_000
const IGNORED = /^(style|classDef|class|linkStyle|click|direction|subgraph|end|accTitle|accDescr)\b/

interface Cursor {
  rest: string
}

function nodeRef(c: Cursor, line: number): { id: string; label?: string } {
  const m = /^\s*([A-Za-z0-9_\u0080-\uffff][\w\u0080-\uffff-]*?)(?=$|[\s[({>]|--|==|-\.|:::)/.exec(
    c.rest,
  )
  if (!m)
    throw new MermaidError(
      line,
      c.rest.trim()
        ? `Expected a node id at ${quoted(c.rest.trim())}.`
        : 'Expected a node after the arrow.',
    )
  c.rest = c.rest.slice(m[0].length)
  for (const [open, close] of SHAPES) {
    if (!c.rest.startsWith(open)) continue
    const body = c.rest.slice(open.length)
    const end = body.startsWith('"') ? body.indexOf('"', 1) + 1 : 0
    const closeAt = end === 0 && body.startsWith('"') ? -1 : body.indexOf(close, end)
    if (closeAt < 0) throw new MermaidError(line, `Unclosed node shape "${open}".`)
    c.rest = body.slice(closeAt + close.length).replace(/^:::\w+/, '')
    return { id: m[1]!, label: unquote(body.slice(0, closeAt)) }
  }
  c.rest = c.rest.replace(/^:::\w+/, '')
  return { id: m[1]! }
}

class MermaidError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Mermaid flowcharts: `flowchart LR` / `graph TD`, nodes `A[Label]` (any shape), links
 * `A -->|+| B`, `A -- "- ||" --> B`, chains, `%%` comments. Styling lines are skipped.
 */
export function importMermaid(text: string): ImportResult {
  const size = sizeIssue(text)
  if (size) return { ok: false, errors: [size] }
  return Builder.run((b) => {
    let header = false
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = i + 1
      // Bounding the line bounds the work of the arrow patterns, whatever the line holds.
      if (raw.length > MAX_LINE)
        return b.error(`line ${line}`, `Line longer than ${MAX_LINE} characters.`)
      const stmt = raw.trim().replace(/;$/, '')
      // Mermaid comments take a whole line, so `%%` inside a label is text.
      if (!stmt || stmt === '---' || stmt.startsWith('%%')) return
      if (!header) {
        if (/^(flowchart|graph)(\s+(TB|TD|BT|LR|RL))?$/i.test(stmt)) header = true
        else if (!/^\w+:/.test(stmt))
          b.error(`line ${line}`, 'Expected "flowchart LR" (or "graph TD") first.')
        return
      }
      if (IGNORED.test(stmt)) return
      try {
        statement(stmt, line, b)
      } catch (e) {
        if (e instanceof MermaidError) b.error(`line ${e.line}`, e.message)
        else throw e
      }
    })
    if (!header && !b.errors.length)
      b.error('line 1', 'Expected "flowchart LR" (or "graph TD") first.')
  })
}

/** `A & B` groups: a link from a group links every member. */
function nodeGroup(c: Cursor, line: number): Array<{ id: string; label?: string }> {
  const group = [nodeRef(c, line)]
  while (/^\s*&/.test(c.rest)) {
    c.rest = c.rest.replace(/^\s*&/, '')
    group.push(nodeRef(c, line))
  }
  return group
}

function statement(stmt: string, line: number, b: ContentBuilder): void {
  const c: Cursor = { rest: stmt }
  const where = `line ${line}`
  const declare = (group: Array<{ id: string; label?: string }>) => {
    for (const ref of group)
      b.variable(ref.id, where, ref.label !== undefined ? { label: ref.label } : {})
    return group
  }
  let from = declare(nodeGroup(c, line))
  while (c.rest.trim()) {
    const arrow = ARROW.exec(c.rest) ?? TEXT_ARROW.exec(c.rest)
    if (!arrow) throw new MermaidError(line, `Expected an arrow "-->" at ${quoted(c.rest.trim())}.`)
    const open = arrow[1] === '---' || arrow[1] === '===' || arrow[1] === '-.-'
    if (open) throw new MermaidError(line, 'A link needs a direction: use "-->".')
    c.rest = c.rest.slice(arrow[0].length)
    const to = declare(nodeGroup(c, line))
    const mark = readLinkMark(unquote(arrow[2] ?? ''))
    if (!mark) throw new MermaidError(line, `Unknown polarity ${quoted(unquote(arrow[2] ?? ''))}.`)
    for (const a of from) for (const t of to) b.link(a.id, t.id, mark.polarity, mark.delay, where)
    from = to
  }
}
