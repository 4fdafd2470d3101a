/** Small statistics helpers; every figure in the report goes through these. */

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[i] as number
}

export function percentiles(values: number[]): { p50: number; p95: number; p99: number; n: number } {
  const s = [...values].sort((a, b) => a - b)
  return { p50: quantile(s, 0.5), p95: quantile(s, 0.95), p99: quantile(s, 0.99), n: s.length }
}

export function median(values: number[]): number {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b)
  if (s.length === 0) return NaN
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

/** Monotonic clock shared by every process on the machine (CLOCK_MONOTONIC), in ms. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}

/** Resolves when `check` is true, polling; rejects after `timeoutMs` so no wait is unbounded. */
export async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > end) throw new Error(`timeout waiting for ${what}`)
    await sleep(5)
  }
}

export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timeout: ${what}`)), ms)
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e: unknown) => (clearTimeout(t), reject(e instanceof Error ? e : new Error(String(e)))),
    )
  })
}

/** A headline ratio is "inconclusive" when the two targets' min–max ranges overlap by more than this. */
export const INCONCLUSIVE_OVERLAP = 0.5

/**
 * How much two min–max ranges overlap, as a share of the narrower one (0 = apart, 1 = the
 * narrower lies inside the wider). The narrower range is the denominator so that a tight range
 * sitting inside a wide one counts as full overlap: the wide target's runs straddle it, and
 * the medians' order says little. A zero-width range counts as 1 when it lies inside the other.
 */
export function rangeOverlap(a: readonly number[], b: readonly number[]): number {
  const [aLo, aHi] = [Math.min(...a), Math.max(...a)]
  const [bLo, bHi] = [Math.min(...b), Math.max(...b)]
  const overlap = Math.max(0, Math.min(aHi, bHi) - Math.max(aLo, bLo))
  const narrower = Math.min(aHi - aLo, bHi - bLo)
  if (narrower === 0) return aHi - aLo === 0 ? Number(aLo >= bLo && aLo <= bHi) : Number(bLo >= aLo && bLo <= aHi)
  return overlap / narrower
}
