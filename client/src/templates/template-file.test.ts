import { describe, expect, it } from 'vitest'
import { formatBytes, problemLines, readTemplateFile, templateFileName } from './template-file'

describe('template files', () => {
  it('names the file after the title', () => {
    expect(templateFileName('Our goals workshop')).toBe('our-goals-workshop.causeway-template.json')
    expect(templateFileName('  Année 5: les icebergs! ')).toBe('année-5-les-icebergs.causeway-template.json')
    expect(templateFileName('../../etc/passwd')).toBe('etc-passwd.causeway-template.json')
    expect(templateFileName('???')).toBe('template.causeway-template.json')
    expect(templateFileName('a'.repeat(59) + ' b')).toBe(`${'a'.repeat(59)}.causeway-template.json`)
  })

  it('refuses a file past the limit without reading it', async () => {
    let read = false
    const big = new Blob(['x'.repeat(2000)])
    Object.defineProperty(big, 'text', { value: () => ((read = true), Promise.resolve('')) })
    expect(await readTemplateFile(big, 1000)).toEqual({ ok: false, reason: 'too-big', maxBytes: 1000 })
    expect(read).toBe(false)
  })

  it('parses JSON (with or without a byte-order mark) and says when a file is not JSON', async () => {
    expect(await readTemplateFile(new Blob(['\uFEFF{"title":"x"}']), 1000)).toEqual({ ok: true, value: { title: 'x' } })
    const bad = await readTemplateFile(new Blob(['<html>']), 1000)
    expect(bad).toMatchObject({ ok: false, reason: 'not-json' })
  })

  it('shows the first few problems with their paths', () => {
    const problems = Array.from({ length: 7 }, (_, i) => ({ path: `content.nodes[${i}].level`, message: 'Expected one of events.' }))
    const { lines, more } = problemLines([{ path: '$', message: 'Expected a JSON object.' }, ...problems], 3)
    expect(lines).toEqual(['Expected a JSON object.', 'content.nodes[0].level: Expected one of events.', 'content.nodes[1].level: Expected one of events.'])
    expect(more).toBe(5)
  })

  it('formats sizes', () => {
    expect(formatBytes(65520)).toBe('64 KB')
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MB')
    expect(formatBytes(10)).toBe('10 bytes')
  })
})
