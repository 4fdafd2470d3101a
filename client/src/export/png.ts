/** Browsers cap canvas size; very large boards are scaled down rather than failing. */
const CANVAS_LIMIT = 16384

/**
 * Draws an SVG document onto a canvas at `scale`×. The SVG is self-contained (no external images
 * or fonts), so the canvas stays untainted and can be encoded. `fill` paints under it (JPEG has
 * no transparency); without it, what the SVG leaves empty stays transparent.
 */
export async function svgToCanvas(svg: string, scale: number, fill?: string): Promise<HTMLCanvasElement> {
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg)
  const width = Number(size?.[1] ?? 800)
  const height = Number(size?.[2] ?? 600)
  const img = new Image()
  img.decoding = 'async'
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await img.decode()
  const canvas = document.createElement('canvas')
  const s = Math.min(scale, CANVAS_LIMIT / width, CANVAS_LIMIT / height)
  canvas.width = Math.max(1, Math.round(width * s))
  canvas.height = Math.max(1, Math.round(height * s))
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas unavailable')
  if (fill) {
    ctx.fillStyle = fill
    ctx.fillRect(0, 0, canvas.width, canvas.height)
  }
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
  return canvas
}

export function canvasToBlob(canvas: HTMLCanvasElement, type: 'image/png' | 'image/jpeg', quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`${type} encoding failed`))), type, quality),
  )
}

/** Rasterises an SVG document at `scale`× (2× by default: sharp on high-density screens and in slides). */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  return canvasToBlob(await svgToCanvas(svg, scale), 'image/png')
}
