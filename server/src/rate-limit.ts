/**
 * A fixed-window limiter keyed by anything (usually a client IP). Reusable for /api/join,
 * board creation and similar. Memory stays bounded: old windows are swept as keys are used.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>()
  private lastSweep = 0

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt; true if it is within the limit. */
  take(key: string): boolean {
    const t = this.now()
    this.sweep(t)
    const w = this.windows.get(key)
    if (!w || t - w.start >= this.windowMs) {
      this.windows.set(key, { start: t, count: 1 })
      return this.limit >= 1
    }
    w.count++
    return w.count <= this.limit
  }

  /** Seconds until the key's window resets (for Retry-After). */
  retryAfter(key: string): number {
    const w = this.windows.get(key)
    if (!w) return 0
    return Math.max(1, Math.ceil((w.start + this.windowMs - this.now()) / 1000))
  }

  private sweep(t: number): void {
    if (t - this.lastSweep < this.windowMs) return
    this.lastSweep = t
    for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k)
  }
}
