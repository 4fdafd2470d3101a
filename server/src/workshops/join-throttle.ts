/**
 * Throttles join-code guessing per client IP. A whole class behind one school NAT joins from one
 * IP, so only what a guesser must do counts: trying codes that match no workshop, each DISTINCT
 * wrong code once per window. A student retyping the same typo, or a class sharing one misread
 * code, spends one attempt; a guesser has to try new codes every time, so the protection is the
 * same. Expired and turned-off codes are real codes (a guesser learns nothing from them) and do
 * not count. Once an IP is over the limit every attempt is refused (a right code too) until its
 * window passes, so guessing cannot be interleaved with a real code.
 */
export class JoinThrottle {
  private windows = new Map<string, { start: number; codes: Set<string> }>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait if this key is currently refused, else 0. */
  blockedFor(key: string): number {
    const w = this.current(key)
    if (!w || w.codes.size < this.limit) return 0
    return Math.max(1, Math.ceil((w.start + this.windowMs - this.now()) / 1000))
  }

  /** A code that matched no workshop (pass its hash: near-misses of a live code stay unreadable in memory). */
  recordWrongCode(key: string, codeHash: string): void {
    const w = this.current(key)
    if (!w) this.windows.set(key, { start: this.now(), codes: new Set([codeHash]) })
    // Past the limit the IP is refused anyway; not growing the set keeps memory bounded per IP.
    else if (w.codes.size < this.limit) w.codes.add(codeHash)
    if (this.windows.size > 10_000) this.sweep()
  }

  private current(key: string): { start: number; codes: Set<string> } | undefined {
    const w = this.windows.get(key)
    if (w && this.now() - w.start >= this.windowMs) {
      this.windows.delete(key)
      return undefined
    }
    return w
  }

  private sweep(): void {
    const t = this.now()
    for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k)
  }
}
