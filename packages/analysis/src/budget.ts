/** Reading the clock on every step would cost more than the search itself. */
const CLOCK_EVERY = 1024

declare const performance: { now(): number } | undefined

export function defaultNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now()
}

/** The time bound shared by every phase of one search; `tick()` is true once it is spent. */
export class Budget {
  private steps = 0
  private readonly started: number
  timedOut = false

  constructor(
    private readonly maxMs: number,
    private readonly now: () => number,
  ) {
    this.started = now()
  }

  tick = (): boolean => {
    if (!this.timedOut && ++this.steps % CLOCK_EVERY === 0 && this.now() - this.started >= this.maxMs) {
      this.timedOut = true
    }
    return this.timedOut
  }
}
