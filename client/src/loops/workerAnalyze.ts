import { findLoops } from '@causeway/analysis'
import type { FindLoopsResult } from '@causeway/analysis'
import type { Analyze } from './loopsEngine'
import type { LoopResponse } from './protocol'

/**
 * An Analyze that runs the search in loops.worker.ts. The worker is created on first use and
 * shared; where workers are unavailable the search runs inline so loops still appear.
 */
let worker: Worker | null = null
let seq = 0
const waiting = new Map<number, { resolve: (r: FindLoopsResult) => void; reject: (e: Error) => void }>()

function getWorker(): Worker | null {
  if (worker) return worker
  if (typeof Worker === 'undefined') return null
  try {
    worker = new Worker(new URL('./loops.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return null
  }
  worker.onmessage = (event: MessageEvent<LoopResponse>) => {
    const data = event.data
    const w = waiting.get(data.seq)
    if (!w) return
    waiting.delete(data.seq)
    if ('error' in data) w.reject(new Error(data.error))
    else w.resolve(data.result)
  }
  worker.onerror = (event) => {
    for (const w of waiting.values()) w.reject(new Error(event.message || 'loop worker failed'))
    waiting.clear()
    worker?.terminate()
    worker = null
  }
  return worker
}

export const workerAnalyze: Analyze = (graph, opts) => {
  const w = getWorker()
  if (!w) return Promise.resolve().then(() => findLoops(graph, opts))
  const id = ++seq
  return new Promise<FindLoopsResult>((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    w.postMessage({ seq: id, graph, opts })
  })
}
