import type { ValidationIssue } from '@causeway/model'

/**
 * Spreadsheet apps run a cell that starts with `= + - @` (or tab/CR) as a formula (CSV
 * injection), so such text is written with a leading `'`. Text that already starts with `'`s
 * before a formula starter gets one too: the import removes exactly one `'` from any cell
 * matching GUARDED, so without it `'=SUM(A1)` would come back as `=SUM(A1)`. The two patterns
 * make the guard reversible for every text: guarded output always matches GUARDED, unguarded
 * output never does.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/
const GUARDED = /^'+[=+\-@\t\r]/

/** One CSV field (RFC 4180). Text cells that a spreadsheet would evaluate get a `'` guard. */
export function csvField(value: string, isText = true): string {
  const v = isText && NEEDS_GUARD.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v
}

/** Undoes the formula guard of csvField. */
export function csvText(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value
}

export function csvRow(fields: string[]): string {
  return fields.join(',')
}

export interface CsvRow {
  /** 1-based line where the row starts. */
  line: number
  fields: string[]
}

/**
 * Strict RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and newlines; a quote
 * inside an unquoted field or an unclosed quote is an error naming its line. Stops after
 * `maxRows` so a huge file costs no more than the limit.
 */
export function readCsv(
  text: string,
  maxRows: number,
): { rows: CsvRow[]; error?: ValidationIssue } {
  const rows: CsvRow[] = []
  let line = 1
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (i < text.length) {
    const start = line
    const fields: string[] = []
    for (;;) {
      let field = ''
      if (text[i] === '"') {
        i++
        for (;;) {
          if (i >= text.length)
            return { rows, error: { path: `line ${start}`, message: 'Unclosed quote.' } }
          const c = text[i]!
          if (c === '"') {
            if (text[i + 1] !== '"') break
            field += '"'
            i += 2
          } else {
            if (c === '\n') line++
            field += c
            i++
          }
        }
        i++
        if (i < text.length && !',\r\n'.includes(text[i]!))
          return {
            rows,
            error: { path: `line ${line}`, message: 'Unexpected text after a closing quote.' },
          }
      } else {
        const end = nextDelimiter(text, i)
        field = text.slice(i, end)
        if (field.includes('"'))
          return {
            rows,
            error: { path: `line ${line}`, message: 'A quote inside an unquoted field.' },
          }
        i = end
      }
      fields.push(field)
      if (text[i] === ',') {
        i++
        continue
      }
      break
    }
    if (text[i] === '\r') i++
    if (text[i] === '\n') {
      i++
      line++
    }
    // Blank lines carry nothing; skipping them keeps a trailing newline from making a row.
    if (!(fields.length === 1 && fields[0] === '')) {
      if (rows.length >= maxRows)
        return {
          rows,
          error: { path: `line ${start}`, message: `More than ${maxRows - 1} data rows.` },
        }
      rows.push({ line: start, fields })
    }
  }
  return { rows }
}

function nextDelimiter(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j]
    if (c === ',' || c === '\n' || c === '\r') return j
  }
  return text.length
}
