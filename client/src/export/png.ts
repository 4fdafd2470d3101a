/**
 * Rasterises an SVG document at `scale`× (2× by default, sharp on high-density screens and in
 * slides). The SVG is self-contained (no external images or fonts), so the canvas stays untainted.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg)
  const width = Number(size?.[1] ?? 800)
  const height = Number(size?.[2] ?? 600)
  const img = new Image()
  img.decoding = 'async'
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
  await img.decode()
  const canvas = document.createElement('canvas')
  // Browsers cap canvas size; very large boards are scaled down rather than failing.
  const limit = 16384
  const s = Math.min(scale, limit / width, limit / height)
  canvas.width = Math.max(1, Math.round(width * s))
  canvas.height = Math.max(1, Math.round(height * s))
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas unavailable')
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  )
}
