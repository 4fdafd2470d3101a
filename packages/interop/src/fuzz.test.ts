import { describe, expect, it } from 'vitest'
import type { BoardContent } from '@causeway/model'
import { exportBoard, importBoard } from './index'
import type { ImportFormat } from './index'
import { cleanLabel } from './limits'
import { mulberry32, randomBoard } from './test-support'

const FORMATS: ImportFormat[] = ['json', 'kumu', 'csv', 'dot', 'mermaid', 'mdl']
const NOISE = [
  '"',
  ',',
  '\n',
  '[',
  ']',
  '{',
  '}',
  '|',
  '-',
  '>',
  ';',
  '\\',
  '<',
  '#',
  '\u0000',
  '=',
  ' ',
  'x',
  '+',
]

/** What any accepted import must satisfy, whatever the file looked like. */
function assertSound(c: BoardContent): void {
  const ids = new Set(c.nodes.map((n) => n.id))
  expect(ids.size).toBe(c.nodes.length)
  for (const n of c.nodes) {
    expect(n.label).toBe(cleanLabel(n.label))
    expect(Number.isFinite(n.x) && Number.isFinite(n.y)).toBe(true)
  }
  for (const e of c.edges) {
    expect(ids.has(e.source) && ids.has(e.target) && e.source !== e.target).toBe(true)
    expect(['+', '-', '?']).toContain(e.polarity)
    expect(typeof e.delay).toBe('boolean')
  }
}

describe.each(FORMATS)('%s importer under mutation', (format) => {
  it('never throws and never accepts unsound content', () => {
    const rand = mulberry32(format.length * 7919)
    for (let round = 0; round < 300; round++) {
      let text = exportBoard(randomBoard(round % 25), format).body
      const edits = 1 + Math.floor(rand() * 4)
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(rand() * text.length)
        const op = rand()
        if (op < 0.33) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 20))
        else if (op < 0.66)
          text = text.slice(0, at) + NOISE[Math.floor(rand() * NOISE.length)] + text.slice(at)
        else text = text.slice(0, at)
      }
      const r = importBoard(format, text)
      if (r.ok) assertSound(r.content)
      else {
        expect(r.errors.length).toBeGreaterThan(0)
        // "Could not read the file" means a parser threw: a bug, even though the caller is safe.
        expect(r.errors[0]!.message, text).not.toMatch(/^Could not read the file/)
      }
    }
  })
})
