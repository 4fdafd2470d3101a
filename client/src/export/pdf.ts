/**
 * A minimal PDF writer: one JPEG picture per page, plus optional invisible text over it. Pictures
 * (the diagram, and the outline drawn as text onto a canvas) keep every script and emoji the
 * browser can draw, which PDF's built-in fonts cannot; the invisible text makes the outline
 * searchable and copyable where its characters exist in the standard font. No PDF library needed.
 */
export interface PdfPage {
  /** JPEG bytes (DCTDecode needs no re-encoding). */
  jpeg: Uint8Array
  /** Pixel size of the picture. */
  width: number
  height: number
  /** Invisible text laid over the picture: pixels from its top left (y = top of the line), size in pixels. */
  text?: ReadonlyArray<{ x: number; y: number; size: number; text: string }>
}

/** Characters of Windows-1252 above 0x7f that are not Latin-1, by code point. */
const WIN_ANSI: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
}
const SPELLED: Record<string, string> = { '→': '->', '−': '-' }

/** A PDF literal string in the standard font's encoding; what it cannot hold becomes '?'. */
export function winAnsiLiteral(text: string): string {
  let out = ''
  for (const ch of text) {
    const spelled = SPELLED[ch]
    if (spelled) {
      out += spelled
      continue
    }
    const code = ch.codePointAt(0)!
    const byte = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : (WIN_ANSI[ch] ?? 0x3f)
    const c = String.fromCharCode(byte)
    out += c === '(' || c === ')' || c === '\\' ? `\\${c}` : byte < 0x20 ? ' ' : c
  }
  return `(${out})`
}

/** A4 landscape, in points. */
export const PAGE = { w: 842, h: 595, margin: 28 }

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff)

/** PDF text strings as UTF-16BE hex, so any title survives. */
function pdfText(s: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase()
  return `<${hex}>`
}

/** Where a picture of w×h pixels sits on the page: as large as fits in the margins, centred. */
export function fitOnPage(w: number, h: number): { x: number; y: number; w: number; h: number } {
  const aw = PAGE.w - 2 * PAGE.margin
  const ah = PAGE.h - 2 * PAGE.margin
  const s = Math.min(aw / Math.max(w, 1), ah / Math.max(h, 1))
  const fw = w * s
  const fh = h * s
  return { x: (PAGE.w - fw) / 2, y: (PAGE.h - fh) / 2, w: fw, h: fh }
}

export function buildPdf(pages: readonly PdfPage[], title: string): Uint8Array {
  const chunks: Uint8Array[] = []
  const offsets: number[] = []
  let length = 0
  const push = (b: Uint8Array) => {
    chunks.push(b)
    length += b.length
  }
  const text = (s: string) => push(latin1(s))
  const object = (id: number, body: () => void) => {
    offsets[id] = length
    text(`${id} 0 obj\n`)
    body()
    text('\nendobj\n')
  }

  text('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
  // Objects: 1 catalog, 2 page tree, 3 info, 4 font, then three per page (page, contents, image).
  const pageId = (i: number) => 5 + i * 3
  object(1, () => text('<< /Type /Catalog /Pages 2 0 R >>'))
  const kids = pages.map((_, i) => `${pageId(i)} 0 R`).join(' ')
  object(2, () => text(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`))
  object(3, () => text(`<< /Title ${pdfText(title)} /Producer (Causeway) >>`))
  object(4, () => text('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'))
  pages.forEach((p, i) => {
    const id = pageId(i)
    const at = fitOnPage(p.width, p.height)
    // Text render mode 3 = invisible: the picture shows the words, the text makes them findable.
    const s = at.w / Math.max(p.width, 1)
    const words = (p.text ?? []).map((t) => {
      const x = at.x + t.x * s
      const baseline = at.y + at.h - (t.y + t.size * 0.8) * s
      return `BT 3 Tr /F1 ${(t.size * s).toFixed(2)} Tf 1 0 0 1 ${x.toFixed(2)} ${baseline.toFixed(2)} Tm ${winAnsiLiteral(t.text)} Tj ET`
    })
    const draw = [`q ${at.w.toFixed(2)} 0 0 ${at.h.toFixed(2)} ${at.x.toFixed(2)} ${at.y.toFixed(2)} cm /Im0 Do Q`, ...words].join('\n')
    object(id, () =>
      text(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.w} ${PAGE.h}] ` +
          `/Resources << /XObject << /Im0 ${id + 2} 0 R >> /Font << /F1 4 0 R >> >> /Contents ${id + 1} 0 R >>`,
      ),
    )
    object(id + 1, () => text(`<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`))
    object(id + 2, () => {
      text(
        `<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceRGB ` +
          `/BitsPerComponent 8 /Filter /DCTDecode /Length ${p.jpeg.length} >>\nstream\n`,
      )
      push(p.jpeg)
      text('\nendstream')
    })
  })
  const count = 5 + pages.length * 3
  const xref = length
  let table = `xref\n0 ${count}\n0000000000 65535 f \n`
  for (let id = 1; id < count; id++) table += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`
  text(table + `trailer\n<< /Size ${count} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`)

  const out = new Uint8Array(length)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}
