import type { ValidationIssue } from '@causeway/model'

/** Caps on what an import may hold: a hostile or mistaken file must fail fast, not hang the server. */
export const INTEROP_LIMITS = {
  bytes: 5 * 1024 * 1024,
  nodes: 5000,
  links: 20000,
  /** Data rows in a CSV file; one row is one link (or one lone variable). */
  rows: 25000,
  jsonDepth: 32,
  labelChars: 5000,
} as const

/** UTF-8 size without TextEncoder (not in the ES lib packages compile against); stops once over `max`. */
export function utf8LengthOver(text: string, max: number): boolean {
  if (text.length > max) return true
  if (text.length * 3 <= max) return false
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3
    if (bytes > max) return true
  }
  return false
}

export function sizeIssue(text: string): ValidationIssue | null {
  if (typeof text !== 'string') return { path: '$', message: 'Expected text.' }
  if (utf8LengthOver(text, INTEROP_LIMITS.bytes))
    return {
      path: '$',
      message: `The file is larger than ${INTEROP_LIMITS.bytes / 1024 / 1024} MB.`,
    }
  if (text.trim() === '') return { path: '$', message: 'The file is empty.' }
  return null
}

/**
 * Checks JSON nesting before JSON.parse: a file of a million `[` would otherwise cost a deep
 * parse (or a stack overflow in code that walks the result) before any validation runs.
 */
export function jsonDepthIssue(
  text: string,
  maxDepth: number = INTEROP_LIMITS.jsonDepth,
): ValidationIssue | null {
  let depth = 0
  let line = 1
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\n') line++
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') {
      if (++depth > maxDepth)
        return { path: `line ${line}`, message: `Nested deeper than ${maxDepth} levels.` }
    } else if (c === '}' || c === ']') depth--
  }
  return null
}

/**
 * Windows Notepad (and Excel's "CSV UTF-8") start files with a byte order mark. It is not part
 * of the text, and JSON.parse refuses it ("Unexpected token"), so every importer gets the text
 * without it.
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** JSON.parse with the error turned into an issue that names the line. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; errors: ValidationIssue[] } {
  const size = sizeIssue(text) ?? jsonDepthIssue(text)
  if (size) return { ok: false, errors: [size] }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    const pos = /position (\d+)/.exec(msg)
    // Some engine messages quote the input back; the reason before the quote is enough.
    if (!pos)
      return {
        ok: false,
        errors: [{ path: '$', message: `Not valid JSON: ${msg.split(/, "|, \.\.\."/)[0]}.` }],
      }
    // Engines report an offset; people look for a line and column.
    const before = text.slice(0, Number(pos[1])).split('\n')
    const reason = msg.replace(/ at position \d+.*$/s, '').replace(/ in JSON$/, '')
    return {
      ok: false,
      errors: [
        {
          path: `line ${before.length}`,
          message: `Not valid JSON (column ${before.at(-1)!.length + 1}): ${reason}.`,
        },
      ],
    }
  }
}

// C0/C1 controls and bidi overrides: invisible in a label, and bidi ones can disguise text.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

/**
 * Where to cut `text` about `n` UTF-16 units in: one earlier when `n` falls between the halves
 * of a surrogate pair (an emoji), which would leave a lone surrogate, not a character, that XML
 * refuses and screens show as `�`. Never 0, so loops that cut a word into pieces end.
 */
export function safeCut(text: string, n: number): number {
  const before = text.charCodeAt(n - 1)
  return n >= 2 && n < text.length && before >= 0xd800 && before <= 0xdbff ? n - 1 : n
}

/** Labels are plain text everywhere: controls go (line breaks stay, as `\n`), length is capped. */
export function cleanLabel(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(UNSAFE_CHARS, '').trim()
  return text.slice(0, safeCut(text, INTEROP_LIMITS.labelChars)).trim()
}

/** Quotes a piece of the input for an error message: cleaned, and short. */
export function quoted(raw: unknown): string {
  const text = cleanLabel(String(raw))
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}
