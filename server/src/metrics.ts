/**
 * A tiny Prometheus registry: counters, gauges read on scrape, and one histogram. Enough for
 * /metrics without pulling in a client library.
 */
type Labels = Record<string, string>

function labelKey(labels: Labels): string {
  const parts = Object.keys(labels)
    .sort()
    .map((k) => `${k}="${labels[k]!.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)
  return parts.length ? `{${parts.join(',')}}` : ''
}

class Counter {
  readonly values = new Map<string, number>()
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels = {}, by = 1): void {
    const k = labelKey(labels)
    this.values.set(k, (this.values.get(k) ?? 0) + by)
  }
  get(labels: Labels = {}): number {
    return this.values.get(labelKey(labels)) ?? 0
  }
  render(): string[] {
    const out = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`]
    if (this.values.size === 0) out.push(`${this.name} 0`)
    for (const [k, v] of this.values) out.push(`${this.name}${k} ${v}`)
    return out
  }
}

class Histogram {
  private counts: number[]
  private sum = 0
  private count = 0
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: number[],
  ) {
    this.counts = buckets.map(() => 0)
  }
  observe(v: number): void {
    this.sum += v
    this.count++
    for (let i = 0; i < this.buckets.length; i++) if (v <= this.buckets[i]!) this.counts[i]!++
  }
  render(): string[] {
    const out = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`]
    this.buckets.forEach((b, i) => out.push(`${this.name}_bucket{le="${b}"} ${this.counts[i]}`))
    out.push(`${this.name}_bucket{le="+Inf"} ${this.count}`, `${this.name}_sum ${this.sum}`, `${this.name}_count ${this.count}`)
    return out
  }
}

export class Metrics {
  readonly updatesTotal = new Counter('causeway_updates_total', 'Document updates accepted and stored.')
  readonly bytesIn = new Counter('causeway_ws_bytes_in_total', 'Bytes received on sync sockets.')
  readonly bytesOut = new Counter('causeway_ws_bytes_out_total', 'Bytes sent on sync sockets.')
  readonly messagesIn = new Counter('causeway_ws_messages_in_total', 'Messages received on sync sockets.')
  readonly rejected = new Counter('causeway_ws_rejected_total', 'Messages or connections refused, by reason.')
  readonly connectionsTotal = new Counter('causeway_ws_connections_total', 'Sync sockets accepted since start.')
  readonly httpRequests = new Counter('causeway_http_requests_total', 'HTTP requests by status class.')
  readonly compactions = new Counter('causeway_compactions_total', 'Board compactions.')
  readonly roomLoadFailures = new Counter('causeway_room_load_failures_total', 'Boards that failed to load.')
  readonly storeWriteSeconds = new Histogram(
    'causeway_store_write_seconds',
    'Latency of store write transactions.',
    [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
  )
  private gauges: { name: string; help: string; read: () => number }[] = []

  gauge(name: string, help: string, read: () => number): void {
    this.gauges.push({ name, help, read })
  }

  render(): string {
    const lines: string[] = []
    for (const g of this.gauges) lines.push(`# HELP ${g.name} ${g.help}`, `# TYPE ${g.name} gauge`, `${g.name} ${g.read()}`)
    for (const c of [
      this.updatesTotal,
      this.bytesIn,
      this.bytesOut,
      this.messagesIn,
      this.rejected,
      this.connectionsTotal,
      this.httpRequests,
      this.compactions,
      this.roomLoadFailures,
    ])
      lines.push(...c.render())
    lines.push(...this.storeWriteSeconds.render())
    return lines.join('\n') + '\n'
  }
}
