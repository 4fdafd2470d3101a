import type { BoardSnapshot } from '@causeway/model'
import type { LabelledLoop } from '@causeway/analysis'
import { outlineSections } from '../outline/outlineText'
import { tl } from '../loops/messages'
import { buildPdf, PAGE } from './pdf'
import type { PdfPage } from './pdf'
import { diagramPages } from './pdfPages'
import { canvasToBlob, svgToCanvas } from './png'
import { boardToSvg } from './svg'
import type { SvgOptions } from './svg'

/** Pixels per PDF point for the pictures: sharp when printed, small enough to send by mail. */
const DPP = 2

type PageText = NonNullable<PdfPage['text']>

async function jpegPage(canvas: HTMLCanvasElement, text?: PageText): Promise<PdfPage> {
  const blob = await canvasToBlob(canvas, 'image/jpeg', 0.9)
  return { jpeg: new Uint8Array(await blob.arrayBuffer()), width: canvas.width, height: canvas.height, text }
}

/** Wraps one line of text to `max` pixels wide, at spaces where it can. */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const out: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word
    if (line && ctx.measureText(next).width > max) {
      out.push(line)
      line = word
    } else line = next
  }
  out.push(line)
  return out
}

type Block = { text: string; size: number; bold?: boolean; gap?: number }

/** The outline drawn as text on A4 canvases: title, links, loops; as many pages as it takes. */
function textCanvases(blocks: readonly Block[]): Array<{ canvas: HTMLCanvasElement; text: PageText }> {
  const pages: Array<{ canvas: HTMLCanvasElement; text: Array<PageText[number]> }> = []
  const margin = 48 * DPP
  const bottom = PAGE.h * DPP - margin
  const newPage = (): CanvasRenderingContext2D => {
    const canvas = document.createElement('canvas')
    canvas.width = PAGE.w * DPP
    canvas.height = PAGE.h * DPP
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('canvas unavailable')
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.textBaseline = 'top'
    pages.push({ canvas, text: [] })
    return ctx
  }
  let ctx = newPage()
  let y = margin
  for (const b of blocks) {
    const font = `${b.bold ? '700 ' : ''}${b.size * DPP}px system-ui, -apple-system, 'Segoe UI', sans-serif`
    const lineH = b.size * 1.4 * DPP
    ctx.font = font
    y += (b.gap ?? 0) * DPP
    for (const line of wrap(ctx, b.text, PAGE.w * DPP - 2 * margin)) {
      if (y + lineH > bottom) {
        ctx = newPage()
        ctx.font = font
        y = margin
      }
      ctx.fillStyle = '#1a1a1a'
      ctx.fillText(line, margin, y)
      pages.at(-1)!.text.push({ x: margin, y, size: b.size * DPP, text: line })
      y += lineH
    }
  }
  return pages
}

/**
 * The board as a PDF: a page per frame (or one for the whole diagram), then the text outline and
 * the loop list, so a printout carries the reasoning and not only the picture.
 */
export async function boardToPdf(
  snapshot: BoardSnapshot,
  loops: readonly LabelledLoop[],
  svgOptions: SvgOptions,
): Promise<Uint8Array> {
  const pages: PdfPage[] = []
  for (const page of diagramPages(snapshot)) {
    const svg = boardToSvg(snapshot, loops, { ...svgOptions, only: page.only, title: page.title, background: 'white' })
    const size = /\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg)
    const longest = Math.max(Number(size?.[1] ?? 800), Number(size?.[2] ?? 600))
    // About 2 pixels per point at the printed size, never blurrier than on screen.
    const scale = Math.max(1, Math.min(4, (PAGE.w * DPP) / longest))
    pages.push(await jpegPage(await svgToCanvas(svg, scale, '#ffffff')))
  }
  const sections = outlineSections(snapshot, loops)
  const blocks: Block[] = [{ text: sections.title, size: 20, bold: true }]
  blocks.push({ text: tl('outline.links'), size: 15, bold: true, gap: 12 })
  if (sections.links.length === 0) blocks.push({ text: tl('outline.empty'), size: 11 })
  for (const l of sections.links) blocks.push({ text: `• ${l}`, size: 11 })
  if (sections.loops.length) {
    blocks.push({ text: tl('outline.loops'), size: 15, bold: true, gap: 12 })
    for (const l of sections.loops) {
      blocks.push({ text: `• ${l.line}`, size: 11 })
      for (const link of l.links) blocks.push({ text: `    – ${link}`, size: 10 })
      if (l.note) blocks.push({ text: `    ${tl('outline.note', { note: l.note })}`, size: 10 })
    }
  }
  for (const g of sections.groups) {
    blocks.push({ text: g.title, size: 15, bold: true, gap: 12 })
    for (const item of g.items) blocks.push({ text: `• ${item}`, size: 11 })
    for (const p of g.parts) {
      blocks.push({ text: `• ${p.title}`, size: 11 })
      for (const item of p.items) blocks.push({ text: `    – ${item}`, size: 10 })
    }
  }
  for (const { canvas, text } of textCanvases(blocks)) pages.push(await jpegPage(canvas, text))
  return buildPdf(pages, snapshot.meta.title)
}
