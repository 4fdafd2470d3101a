import { describe, expect, it } from 'vitest'
import { PAGE, buildPdf, fitOnPage, winAnsiLiteral } from './pdf'

const fakeJpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9])
const decode = (b: Uint8Array) => String.fromCharCode(...b)

describe('buildPdf', () => {
  const pdf = decode(buildPdf([{ jpeg: fakeJpeg, width: 100, height: 50 }, { jpeg: fakeJpeg, width: 10, height: 10 }], 'Stress → sleep'))

  it('is a PDF with one page per picture', () => {
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true)
    expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true)
    expect(pdf).toContain('/Count 2')
    expect(pdf.match(/\/Type \/Page /g)).toHaveLength(2)
    expect(pdf.match(/\/Filter \/DCTDecode \/Length 9/g)).toHaveLength(2)
  })

  it('has an xref whose offsets point at their objects', () => {
    const start = Number(/startxref\n(\d+)/.exec(pdf)![1])
    expect(pdf.slice(start, start + 4)).toBe('xref')
    const rows = pdf.slice(start).split('\n').slice(3, 10)
    rows.forEach((row, i) => expect(pdf.slice(Number(row.slice(0, 10))).startsWith(`${i + 1} 0 obj\n`)).toBe(true))
  })

  it('writes the title as UTF-16', () => {
    expect(pdf).toContain('/Title <FEFF0053007400720065007300730020219200200073006C006500650070>')
  })
})

describe('fitOnPage', () => {
  it('keeps the aspect ratio inside the margins, centred', () => {
    const wide = fitOnPage(2000, 500)
    expect(wide.w).toBeCloseTo(PAGE.w - 2 * PAGE.margin)
    expect(wide.w / wide.h).toBeCloseTo(4)
    expect(wide.y).toBeCloseTo((PAGE.h - wide.h) / 2)
    const tall = fitOnPage(100, 1000)
    expect(tall.h).toBeCloseTo(PAGE.h - 2 * PAGE.margin)
  })
})

describe('invisible text', () => {
  it('lays searchable text over a picture, scaled with it', () => {
    const page = { jpeg: fakeJpeg, width: PAGE.w * 2, height: PAGE.h * 2, text: [{ x: 0, y: 0, size: 20, text: 'R1 (Stress)' }] }
    const pdf = decode(buildPdf([page], 't'))
    expect(pdf).toContain('/Font << /F1 4 0 R >>')
    expect(pdf).toMatch(/BT 3 Tr \/F1 [\d.]+ Tf 1 0 0 1 39\.\d+ [\d.]+ Tm \(R1 \\\(Stress\\\)\) Tj ET/)
  })

  it('encodes what the standard font holds and spells or replaces the rest', () => {
    expect(winAnsiLiteral('Café → “ok” − 学')).toBe('(Caf\xe9 -> \x93ok\x94 - ?)')
    expect(winAnsiLiteral('a\\b')).toBe('(a\\\\b)')
  })
})
