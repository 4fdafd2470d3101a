/**
 * A small XML 1.0 well-formedness check for tests of the SVG exports (no parser is installed and
 * a DOM is not available in packages/): legal characters, one root element, balanced tags,
 * quoted and unique attributes, and only defined entity references. Not a validating parser:
 * no DTD, no namespaces. Returns the first problem, or null when the document is well-formed.
 */

const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u
const NAME = '[A-Za-z_:][-A-Za-z0-9_:.]*'
const ATTR = new RegExp(`\\s+(${NAME})\\s*=\\s*("[^"]*"|'[^']*')`, 'y')
const START = new RegExp(`<(${NAME})`, 'y')
const END = new RegExp(`</(${NAME})\\s*>`, 'y')
const PREDEFINED = new Set(['lt', 'gt', 'amp', 'quot', 'apos'])

function referenceIssue(text: string): string | null {
  for (const m of text.matchAll(/&([^;&]*)(;?)/g)) {
    const [whole, ref, semi] = m
    if (!semi) return `unterminated reference ${JSON.stringify(whole)}`
    const num = /^#x([0-9a-fA-F]+)$/.exec(ref!) ?? /^#([0-9]+)$/.exec(ref!)
    if (num) {
      const code = parseInt(num[1]!, ref!.startsWith('#x') ? 16 : 10)
      if (code > 0x10ffff || !XML_CHARS.test(String.fromCodePoint(code)))
        return `reference to a character XML forbids: ${whole}`
    } else if (!PREDEFINED.has(ref!)) return `undefined entity ${whole}`
  }
  return null
}

function textIssue(text: string): string | null {
  if (text.includes('<')) return 'stray "<" in text'
  if (text.includes(']]>')) return '"]]>" in text'
  return referenceIssue(text)
}

export function xmlWellFormedIssue(doc: string): string | null {
  if (!XML_CHARS.test(doc)) {
    const bad = [...doc].find((c) => !XML_CHARS.test(c)) ?? ''
    const code = bad.length === 1 ? bad.charCodeAt(0) : bad.codePointAt(0)!
    return `character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML 1.0`
  }
  const open: string[] = []
  let roots = 0
  let i = 0
  while (i < doc.length) {
    const lt = doc.indexOf('<', i)
    const text = doc.slice(i, lt < 0 ? doc.length : lt)
    const issue = textIssue(text)
    if (issue) return `${issue} at offset ${i}`
    if (open.length === 0 && text.trim() !== '') return `text outside the root element at offset ${i}`
    if (lt < 0) break
    i = lt
    if (doc.startsWith('<!--', i)) {
      const end = doc.indexOf('-->', i + 4)
      if (end < 0 || doc.slice(i + 4, end).includes('--')) return `bad comment at offset ${i}`
      i = end + 3
    } else if (doc.startsWith('<?', i)) {
      const end = doc.indexOf('?>', i)
      if (end < 0) return `unclosed processing instruction at offset ${i}`
      i = end + 2
    } else if (doc.startsWith('<![CDATA[', i)) {
      const end = doc.indexOf(']]>', i)
      if (end < 0 || open.length === 0) return `bad CDATA section at offset ${i}`
      i = end + 3
    } else if (doc.startsWith('</', i)) {
      END.lastIndex = i
      const m = END.exec(doc)
      if (!m) return `bad end tag at offset ${i}`
      if (open.pop() !== m[1]) return `</${m[1]}> does not close the open element at offset ${i}`
      i = END.lastIndex
    } else {
      START.lastIndex = i
      const m = START.exec(doc)
      if (!m) return `bad start tag at offset ${i}`
      if (open.length === 0 && roots++ > 0) return `a second root element at offset ${i}`
      let j = START.lastIndex
      const seen = new Set<string>()
      for (;;) {
        ATTR.lastIndex = j
        const a = ATTR.exec(doc)
        if (!a) break
        if (seen.has(a[1]!)) return `attribute ${a[1]} repeated at offset ${j}`
        seen.add(a[1]!)
        const value = a[2]!.slice(1, -1)
        const bad = value.includes('<') ? 'a "<" in an attribute value' : referenceIssue(value)
        if (bad) return `${bad} at offset ${j}`
        j = ATTR.lastIndex
      }
      const close = /\s*(\/?)>/y
      close.lastIndex = j
      const c = close.exec(doc)
      if (!c) return `malformed tag <${m[1]}> at offset ${j}`
      if (!c[1]) open.push(m[1]!)
      i = close.lastIndex
    }
  }
  if (open.length) return `<${open.at(-1)}> is never closed`
  if (roots === 0) return 'no root element'
  return null
}
