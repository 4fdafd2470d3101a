import type { Point } from '@causeway/analysis'

export interface Rect {
  x: number
  y: number
  w: number
  h: number
}

const CELL = 256
/** A rect spanning more cells than this (a huge container) is checked against every probe instead. */
const MAX_CELLS_PER_RECT = 1024

// Numeric cell keys (a probe looks up to ten cells; strings there were most of the cost). Exact
// for |cell index| < 2^25, far beyond any board; anything else shares a key, which only costs
// extra comparisons, never a wrong answer, since every candidate is still checked exactly.
const key = (cx: number, cy: number) => (cx + 2 ** 25) * 2 ** 26 + (cy + 2 ** 25)

/** Rects grown by `grow`, each filed under every cell it overlaps. */
export class RectBuckets {
  private cells = new Map<number, Rect[]>()
  private big: Rect[] = []

  constructor(
    rects: readonly Rect[],
    private readonly grow: number,
  ) {
    for (const r of rects) {
      const x0 = Math.floor((r.x - grow) / CELL)
      const x1 = Math.floor((r.x + r.w + grow) / CELL)
      const y0 = Math.floor((r.y - grow) / CELL)
      const y1 = Math.floor((r.y + r.h + grow) / CELL)
      const span = (x1 - x0 + 1) * (y1 - y0 + 1)
      if (!(span <= MAX_CELLS_PER_RECT)) {
        this.big.push(r)
        continue
      }
      for (let cx = x0; cx <= x1; cx++)
        for (let cy = y0; cy <= y1; cy++) {
          const k = key(cx, cy)
          const list = this.cells.get(k)
          if (list) list.push(r)
          else this.cells.set(k, [r])
        }
    }
  }

  covers(p: Point): boolean {
    const inside = (r: Rect) =>
      p.x > r.x - this.grow && p.x < r.x + r.w + this.grow && p.y > r.y - this.grow && p.y < r.y + r.h + this.grow
    const list = this.cells.get(key(Math.floor(p.x / CELL), Math.floor(p.y / CELL)))
    return (!!list && list.some(inside)) || this.big.some(inside)
  }
}

/** Points in cells as wide as the distance asked about, so a query checks the 3×3 cells around it. */
export class PointBuckets {
  private cells = new Map<number, Point[]>()

  constructor(private readonly within: number) {}

  add(p: Point): void {
    const k = key(Math.floor(p.x / this.within), Math.floor(p.y / this.within))
    const list = this.cells.get(k)
    if (list) list.push(p)
    else this.cells.set(k, [p])
  }

  near(p: Point): boolean {
    const cx = Math.floor(p.x / this.within)
    const cy = Math.floor(p.y / this.within)
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) {
        const list = this.cells.get(key(cx + dx, cy + dy))
        if (list?.some((q) => Math.hypot(p.x - q.x, p.y - q.y) < this.within)) return true
      }
    return false
  }
}
