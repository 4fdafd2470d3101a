/**
 * Reads one Prometheus histogram from our server's /metrics, so the sync suite can say how long
 * the store's write transactions took during a run (server/src/metrics.ts exports
 * causeway_store_write_seconds). Buckets are cumulative, as Prometheus has them.
 */

export interface Histogram {
  /** Upper bounds in seconds, ascending, +Inf last. */
  bounds: number[]
  /** Cumulative count per bound. */
  counts: number[]
  sum: number
  count: number
}

export const STORE_WRITE_HISTOGRAM = 'causeway_store_write_seconds'

export function parseHistogram(text: string, name: string): Histogram | null {
  const bounds: number[] = []
  const counts: number[] = []
  let sum = NaN
  let count = NaN
  for (const line of text.split('\n')) {
    const bucket = line.match(new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\S+)$`))
    if (bucket) {
      bounds.push(bucket[1] === '+Inf' ? Infinity : Number(bucket[1]))
      counts.push(Number(bucket[2]))
    } else if (line.startsWith(`${name}_sum `)) sum = Number(line.slice(name.length + 5))
    else if (line.startsWith(`${name}_count `)) count = Number(line.slice(name.length + 7))
  }
  return bounds.length && Number.isFinite(count) ? { bounds, counts, sum, count } : null
}

/** GET <httpUrl>/metrics, bounded: a stalled server costs at most `timeoutMs`, then null. */
export async function scrapeHistogram(httpUrl: string, name: string, timeoutMs = 10_000): Promise<Histogram | null> {
  try {
    const res = await fetch(`${httpUrl}/metrics`, { signal: AbortSignal.timeout(timeoutMs) })
    return res.ok ? parseHistogram(await res.text(), name) : null
  } catch {
    return null
  }
}

/** What was observed between two scrapes of the same histogram (the measured window only). */
export function histogramDelta(before: Histogram, after: Histogram): Histogram {
  return {
    bounds: after.bounds,
    counts: after.counts.map((c, i) => c - (before.counts[i] ?? 0)),
    sum: after.sum - before.sum,
    count: after.count - before.count,
  }
}

/**
 * Quantile the way Prometheus' histogram_quantile() estimates it: linear inside the bucket that
 * holds the rank. A rank in the +Inf bucket gives the highest finite bound, flagged `over`.
 */
export function histogramQuantile(h: Histogram, q: number): { value: number; over: boolean } {
  if (h.count <= 0) return { value: NaN, over: false }
  const rank = q * h.count
  let prevBound = 0
  let prevCount = 0
  for (let i = 0; i < h.bounds.length; i++) {
    const bound = h.bounds[i] as number
    const c = h.counts[i] as number
    if (c >= rank) {
      if (!Number.isFinite(bound)) return { value: prevBound, over: true }
      const inBucket = c - prevCount
      return { value: prevBound + (inBucket > 0 ? ((rank - prevCount) / inBucket) * (bound - prevBound) : 0), over: false }
    }
    prevBound = Number.isFinite(bound) ? bound : prevBound
    prevCount = c
  }
  return { value: prevBound, over: true }
}
