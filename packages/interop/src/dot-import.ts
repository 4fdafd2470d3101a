import type { ImportResult } from './types'
import type { ContentBuilder } from './content-builder'
import { ContentBuilder as Builder, StopParse } from './content-builder'
import { quoted, sizeIssue } from './limits'
import { readDelay, readLinkMark, readPolarity } from './polarity'

interface Token {
  kind: 'id' | 'str' | 'op'
  value: string
  line: number
}

/** Enough for 5,000 labelled nodes and 20,000 labelled links with room to spare. */
const MAX_TOKENS = 400_000

class DotSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message)
  }
}

/** DOT's escapes inside a quoted string: `\"`, and `\n`/`\l`/`\r` line breaks. */
function unescapeDot(s: string): string {
  return s.replace(/\\(["\\nlr]|\r?\n)/g, (_, c: string) =>
    c === '"' ? '"' : c === '\\' ? '\\' : 'nlr'.includes(c) ? '\n' : '',
  )
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let line = 1
  let i = 0
  const lineStart = () => i === 0 || text[i - 1] === '\n'
  while (i < text.length) {
    // Tokens cost far more memory than the bytes they come from; a file of `;;;;` must not.
    if (tokens.length > MAX_TOKENS)
      throw new DotSyntaxError(line, 'Too many statements for one board.')
    const c = text[i]!
    if (c === '\n') {
      line++
      i++
    } else if (/\s/.test(c)) i++
    else if (c === '#' && lineStart()) while (i < text.length && text[i] !== '\n') i++
    else if (text.startsWith('//', i)) while (i < text.length && text[i] !== '\n') i++
    else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2)
      if (end < 0) throw new DotSyntaxError(line, 'Unclosed /* comment.')
      for (let j = i; j < end; j++) if (text[j] === '\n') line++
      i = end + 2
    } else if (c === '"') {
      const start = line
      let j = i + 1
      while (j < text.length && text[j] !== '"') {
        if (text[j] === '\\') j++
        if (text[j] === '\n') line++
        j++
      }
      if (j >= text.length) throw new DotSyntaxError(start, 'Unclosed quoted string.')
      tokens.push({ kind: 'str', value: unescapeDot(text.slice(i + 1, j)), line: start })
      i = j + 1
    } else if (c === '<')
      throw new DotSyntaxError(line, 'HTML labels are not supported; use a quoted label.')
    else if (text.startsWith('->', i) || text.startsWith('--', i)) {
      tokens.push({ kind: 'op', value: text.slice(i, i + 2), line })
      i += 2
    } else if ('{}[]=;,'.includes(c)) {
      tokens.push({ kind: 'op', value: c, line })
      i++
    } else {
      const m = /^(-?(\.\d+|\d+(\.\d*)?)|[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)/.exec(
        text.slice(i, i + 1000),
      )
      if (!m) throw new DotSyntaxError(line, `Unexpected character ${quoted(c)}.`)
      tokens.push({ kind: 'id', value: m[0], line })
      i += m[0].length
    }
  }
  return tokens
}

/**
 * The practical subset of Graphviz DOT: `digraph name? { … }`, node statements with a `label`,
 * edges and chains `a -> b -> c [label="+ ||"]`, graph/node/edge defaults and subgraphs
 * (flattened), comments and quoted ids. Polarity comes from the edge label (or a `polarity`
 * attribute); `||` or `delay=true` marks a delay.
 */
export function importDot(text: string): ImportResult {
  const size = sizeIssue(text)
  if (size) return { ok: false, errors: [size] }
  return Builder.run((b) => {
    try {
      parseGraph(tokenize(text), b)
    } catch (e) {
      if (e instanceof DotSyntaxError) b.error(`line ${e.line}`, e.message)
      else throw e
    }
  })
}

/** Graphviz `pos="x,y"` is in points with y pointing up; the board's y points down. */
function position(pos: string | undefined): { x?: number; y?: number } {
  const m = pos ? /^\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*!?\s*$/.exec(pos) : null
  if (!m || !Number.isFinite(Number(m[1])) || !Number.isFinite(Number(m[2]))) return {}
  return { x: Math.round(Number(m[1]) * 1.5), y: Math.round(-Number(m[2]) * 1.5) }
}

function parseGraph(tokens: Token[], b: ContentBuilder): void {
  let pos = 0
  const peek = () => tokens[pos]
  const lastLine = () => tokens[tokens.length - 1]?.line ?? 1
  const next = (): Token => {
    const t = tokens[pos++]
    if (!t) throw new DotSyntaxError(lastLine(), 'Unexpected end of file (missing "}"?).')
    return t
  }
  const isOp = (v: string) => peek()?.kind === 'op' && peek()!.value === v
  const expectOp = (v: string) => {
    const t = next()
    if (t.kind !== 'op' || t.value !== v)
      throw new DotSyntaxError(t.line, `Expected "${v}", found ${quoted(t.value)}.`)
  }
  const id = (): Token => {
    const t = next()
    if (t.kind === 'op')
      throw new DotSyntaxError(t.line, `Expected a name, found ${quoted(t.value)}.`)
    return t
  }
  const attrs = (): Map<string, string> => {
    const out = new Map<string, string>()
    while (isOp('[')) {
      next()
      while (!isOp(']')) {
        const key = id()
        expectOp('=')
        out.set(key.value.toLowerCase(), id().value)
        if (isOp(',') || isOp(';')) next()
      }
      next()
    }
    return out
  }

  let first = next()
  if (first.kind === 'id' && first.value.toLowerCase() === 'strict') first = next()
  if (first.kind !== 'id' || first.value.toLowerCase() !== 'digraph')
    throw new DotSyntaxError(first.line, 'Expected "digraph": causal links have a direction.')
  if (!isOp('{')) id()
  expectOp('{')
  let depth = 1
  while (depth > 0) {
    const t = next()
    if (t.kind === 'op') {
      if (t.value === '}') depth--
      else if (t.value === '{') depth++
      else if (t.value !== ';') throw new DotSyntaxError(t.line, `Unexpected ${quoted(t.value)}.`)
      continue
    }
    const word = t.kind === 'id' ? t.value.toLowerCase() : ''
    if (word === 'subgraph') {
      if (!isOp('{')) id()
      continue
    }
    if ((word === 'graph' || word === 'node' || word === 'edge') && isOp('[')) {
      attrs()
      continue
    }
    if (isOp('=')) {
      next()
      id()
      continue
    }
    const chain: Token[] = [t]
    while (isOp('->') || isOp('--')) {
      const arrow = next()
      if (arrow.value === '--')
        throw new DotSyntaxError(arrow.line, 'Use "->": causal links have a direction.')
      if (isOp('{'))
        throw new DotSyntaxError(
          arrow.line,
          'Edge groups { a b } are not supported; write one edge per target.',
        )
      chain.push(id())
    }
    const a = attrs()
    const where = `line ${t.line}`
    if (chain.length === 1) {
      b.variable(t.value, where, {
        // `\N` is Graphviz for "this node's name" (what `dot -Tdot` writes).
        ...(a.has('label') && { label: a.get('label')!.replace(/\\N/g, t.value) }),
        ...position(a.get('pos')),
      })
      continue
    }
    for (const node of chain) b.variable(node.value, `line ${node.line}`)
    const mark = readLinkMark(a.get('label') ?? '')
    const polarity = a.has('polarity') ? readPolarity(a.get('polarity')!) : (mark?.polarity ?? null)
    const delay = a.has('delay') ? readDelay(a.get('delay')!) : (mark?.delay ?? false)
    if (polarity === null)
      b.error(`${where}, label`, `Unknown polarity ${quoted(a.get('polarity') ?? a.get('label'))}.`)
    else if (delay === null) b.error(`${where}, delay`, 'Expected delay=true or delay=false.')
    else
      for (let k = 1; k < chain.length; k++)
        b.link(chain[k - 1]!.value, chain[k]!.value, polarity, delay, where)
  }
  const extra = peek()
  if (extra) throw new DotSyntaxError(extra.line, 'Unexpected text after the closing "}".')
  if (b.errors.length) throw new StopParse()
}
