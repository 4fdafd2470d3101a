/**
 * Throttles join-code guessing per client IP. Only WRONG codes count, because a whole class
 * behind one school NAT joins from one IP; once an IP is over the limit every attempt is refused
 * (a right code too) until its window passes, so guessing cannot be interleaved with a real code.
 */
export class JoinThrottle {
  private failures = new Map<string, { start: number; count: number }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait if this key is currently refused, else 0. */
  blockedFor(key: string): number {
    const w = this.current(key)
    if (!w || w.count < this.limit) return 0
    return Math.max(1, Math.ceil((w.start + this.windowMs - this.now()) / 1000))
  }

  recordFailure(key: string): void {
    const w = this.current(key)
    if (w) w.count++
    else this.failures.set(key, { start: this.now(), count: 1 })
    if (this.failures.size > 10_000) this.sweep()
  }

  private current(key: string): { start: number; count: number } | undefined {
    const w = this.failures.get(key)
    if (w && this.now() - w.start >= this.windowMs) {
      this.failures.delete(key)
      return undefined
    }
    return w
  }

  private sweep(): void {
    const t = this.now()
    for (const [k, w] of this.failures) if (t - w.start >= this.windowMs) this.failures.delete(k)
  }
}
