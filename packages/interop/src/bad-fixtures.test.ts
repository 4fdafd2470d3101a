import { describe, expect, it } from 'vitest'
import { importBoard } from './index'
import type { ImportFormat } from './index'

// packages/ compile without Node types (they also run in browsers), so the test reaches the
// file system through an untyped dynamic import.
interface Fs {
  readFileSync(path: string, encoding: 'utf8'): string
  readdirSync(path: string): string[]
}
const fsModule: string = 'node:fs'
const fs = (await import(fsModule)) as Fs
const dir =
  (import.meta as unknown as { url: string }).url.replace(/^file:\/\//, '').replace(/[^/]+$/, '') +
  'fixtures/bad/'
const expected = JSON.parse(fs.readFileSync(dir + 'expected.json', 'utf8')) as Record<
  string,
  { path: string; why: string }
>
const files = fs.readdirSync(dir).filter((f) => f !== 'expected.json')

describe('malformed files', () => {
  it('every fixture has an expectation', () => {
    expect(files.sort()).toEqual(Object.keys(expected).sort())
    for (const format of ['json', 'kumu', 'csv', 'dot', 'mermaid', 'mdl'])
      expect(files.filter((f) => f.startsWith(`${format}-`)).length, format).toBeGreaterThanOrEqual(
        5,
      )
  })

  it.each(files)('%s is refused with an error naming where, and no content', (file) => {
    const format = file.slice(0, file.indexOf('-')) as ImportFormat
    const result = importBoard(format, fs.readFileSync(dir + file, 'utf8'))
    expect(result.ok).toBe(false)
    expect(result).not.toHaveProperty('content')
    if (result.ok) return
    expect(result.errors[0]!.path).toBe(expected[file]!.path)
    expect(result.errors[0]!.message.length).toBeGreaterThan(5)
  })
})
