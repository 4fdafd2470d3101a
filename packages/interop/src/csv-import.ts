import type { ImportResult } from './types'
import { ContentBuilder } from './content-builder'
import { csvText, readCsv } from './csv'
import { INTEROP_LIMITS, cleanLabel, quoted, sizeIssue } from './limits'
import { readDelay, readPolarity } from './polarity'

const REQUIRED = ['source', 'target'] as const

/**
 * Edge list with a header naming at least `source` and `target` (any order, any case; `from`/`to`
 * too); `polarity` and `delay` are optional columns. Variables are created from names.
 */
export function importCsv(text: string): ImportResult {
  const size = sizeIssue(text)
  if (size) return { ok: false, errors: [size] }
  const { rows, error } = readCsv(text, INTEROP_LIMITS.rows + 1)
  if (error) return { ok: false, errors: [error] }
  const header = rows[0]!.fields.map((h) => h.trim().toLowerCase())
  const col = (names: string[]) => header.findIndex((h) => names.includes(h))
  const at = {
    source: col(['source', 'from']),
    target: col(['target', 'to']),
    polarity: col(['polarity', 'sign']),
    delay: col(['delay']),
  }
  const missing = REQUIRED.filter((k) => at[k] < 0)
  if (missing.length)
    return {
      ok: false,
      errors: [
        {
          path: 'line 1',
          message: `Missing header column(s): ${missing.join(', ')}. Expected source,target,polarity,delay.`,
        },
      ],
    }
  return ContentBuilder.run((b) => {
    for (const { line, fields } of rows.slice(1)) {
      const where = `line ${line}`
      if (fields.length !== header.length) {
        b.error(where, `Expected ${header.length} fields, found ${fields.length}.`)
        continue
      }
      // A name is the variable's key and its label: key on the cleaned label, or `A\u0001` and
      // `A` would become two variables both labelled `A`.
      const source = cleanLabel(csvText(fields[at.source]!.trim()))
      const target = cleanLabel(csvText(fields[at.target]!.trim()))
      if (!source) {
        b.error(`${where}, column ${header[at.source]}`, 'Missing source name.')
        continue
      }
      const polarity = readPolarity(at.polarity < 0 ? '' : fields[at.polarity]!)
      const delay = readDelay(at.delay < 0 ? '' : fields[at.delay]!)
      if (polarity === null)
        b.error(`${where}, column polarity`, `Unknown polarity ${quoted(fields[at.polarity])}.`)
      if (delay === null)
        b.error(
          `${where}, column delay`,
          `Expected true or false, not ${quoted(fields[at.delay])}.`,
        )
      if (polarity === null || delay === null) continue
      b.variable(source, where)
      if (!target) continue
      b.variable(target, where)
      b.link(source, target, polarity, delay, where)
    }
  })
}
