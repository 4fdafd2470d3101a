import type * as Y from 'yjs'
import { toSnapshot } from '@causeway/model'
import type { BoardSnapshot } from '@causeway/model'
import { labelLoops, loopGraphOf } from '@causeway/analysis'
import type { FindLoopsOptions, FindLoopsResult, LabelledLoop, LoopGraph } from '@causeway/analysis'
import { graphSignature } from './graph'
import { LOOP_SEARCH_LIMITS } from './protocol'

export type Analyze = (graph: LoopGraph, opts: FindLoopsOptions) => Promise<FindLoopsResult>

export interface LoopsState {
  /** The board as of the last throttled read: labels for paths, names and notes for loops. */
  snapshot: BoardSnapshot | null
  loops: LabelledLoop[]
  truncated: boolean
  /** Which bound stopped the search: the count (the shortest loops are kept, the same everywhere) or time. */
  truncatedBy: 'count' | 'time' | null
  /** True while the current graph has not been analysed yet. */
  analysing: boolean
  error: string | null
}

const EMPTY: LoopsState = { snapshot: null, loops: [], truncated: false, truncatedBy: null, analysing: false, error: null }

/**
 * Watches one Y.Doc and keeps its loops up to date. Reads the doc at most every `throttleMs`
 * after a change, and re-runs the search only when ids or links changed. One search is in
 * flight at a time; edits made meanwhile are folded into the next one, so a busy board never
 * queues a backlog of stale searches.
 */
export class LoopsEngine {
  private state: LoopsState = EMPTY
  private listeners = new Set<() => void>()
  private timer: ReturnType<typeof setTimeout> | null = null
  private lastFlush = -Infinity
  private lastSignature: string | null = null
  private inFlight = false
  private queued: LoopGraph | null = null
  private running = false

  constructor(
    private readonly doc: Y.Doc,
    private readonly analyze: Analyze,
    private readonly throttleMs = 150,
    private readonly opts: FindLoopsOptions = LOOP_SEARCH_LIMITS,
  ) {}

  getState = (): LoopsState => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    if (!this.running) this.start()
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0) this.stop()
    }
  }

  start(): void {
    this.running = true
    this.doc.on('update', this.onUpdate)
    this.flush()
  }

  stop(): void {
    this.running = false
    this.doc.off('update', this.onUpdate)
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    // Forget the graph so a later start() searches again instead of trusting stale results.
    this.lastSignature = null
  }

  private onUpdate = () => {
    if (this.timer) return
    const wait = Math.max(0, this.lastFlush + this.throttleMs - Date.now())
    this.timer = setTimeout(() => {
      this.timer = null
      this.flush()
    }, wait)
  }

  /** Reads the doc now (tests call this instead of waiting for the throttle). */
  flush(): void {
    if (!this.running) return
    this.lastFlush = Date.now()
    const snapshot = toSnapshot(this.doc)
    const graph = loopGraphOf(snapshot)
    const signature = graphSignature(graph)
    const changed = signature !== this.lastSignature
    this.lastSignature = signature
    this.set({ snapshot, analysing: this.state.analysing || changed })
    if (changed) this.request(graph)
  }

  private request(graph: LoopGraph): void {
    if (this.inFlight) {
      this.queued = graph
      return
    }
    this.inFlight = true
    this.analyze(graph, this.opts).then(
      (result) => this.settle(result, null),
      (err: unknown) => this.settle(null, err instanceof Error ? err.message : String(err)),
    )
  }

  private settle(result: FindLoopsResult | null, error: string | null): void {
    this.inFlight = false
    const next = this.queued
    this.queued = null
    if (next && this.running) {
      // The answer is already stale; ask about the newest graph before showing anything.
      this.request(next)
      return
    }
    if (result) {
      const truncatedBy = result.truncated ? (result.reason ?? 'count') : null
      this.set({ loops: labelLoops(result.loops), truncated: result.truncated, truncatedBy, analysing: false, error: null })
    }
    else this.set({ analysing: false, error })
  }

  private set(patch: Partial<LoopsState>): void {
    this.state = { ...this.state, ...patch }
    for (const l of this.listeners) l()
  }
}
