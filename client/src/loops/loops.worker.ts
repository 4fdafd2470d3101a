/// <reference lib="webworker" />
import { findLoops } from '@causeway/analysis'
import type { LoopRequest, LoopResponse } from './protocol'

// Loop search is exponential in the worst case; it runs here so the canvas never stalls.
self.onmessage = (event: MessageEvent<LoopRequest>) => {
  const { seq, graph, opts } = event.data
  let response: LoopResponse
  try {
    response = { seq, result: findLoops(graph, opts) }
  } catch (err) {
    response = { seq, error: err instanceof Error ? err.message : String(err) }
  }
  ;(self as unknown as Worker).postMessage(response)
}
