/**
 * A minimal PDF writer: one JPEG picture per page, nothing else. Pictures (the diagram, and the
 * outline drawn as text onto a canvas) keep every script and emoji the browser can draw, which
 * PDF's built-in fonts cannot; and it saves shipping a PDF library.
 */
export interface PdfPage {
  /** JPEG bytes (DCTDecode needs no re-encoding). */
  jpeg: Uint8Array
  /** Pixel size of the picture. */
  width: number
  height: number
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
  // Objects: 1 catalog, 2 page tree, 3 info, then three per page (page, contents, image).
  const pageId = (i: number) => 4 + i * 3
  object(1, () => text('<< /Type /Catalog /Pages 2 0 R >>'))
  const kids = pages.map((_, i) => `${pageId(i)} 0 R`).join(' ')
  object(2, () => text(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`))
  object(3, () => text(`<< /Title ${pdfText(title)} /Producer (Causeway) >>`))
  pages.forEach((p, i) => {
    const id = pageId(i)
    const at = fitOnPage(p.width, p.height)
    const draw = `q ${at.w.toFixed(2)} 0 0 ${at.h.toFixed(2)} ${at.x.toFixed(2)} ${at.y.toFixed(2)} cm /Im0 Do Q`
    object(id, () =>
      text(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.w} ${PAGE.h}] ` +
          `/Resources << /XObject << /Im0 ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`,
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
  const count = 4 + pages.length * 3
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
