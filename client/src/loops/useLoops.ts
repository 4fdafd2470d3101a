import { useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { useBoard } from '../board/BoardContext'
import { LoopsEngine } from './loopsEngine'
import type { LoopsState } from './loopsEngine'
import { workerAnalyze } from './workerAnalyze'

// One engine per doc, shared by the panel, the badges and the outline: one search per change.
const engines = new WeakMap<Y.Doc, LoopsEngine>()

export function loopsEngineFor(doc: Y.Doc): LoopsEngine {
  let engine = engines.get(doc)
  if (!engine) {
    engine = new LoopsEngine(doc, workerAnalyze)
    engines.set(doc, engine)
  }
  return engine
}

/** Live loops of the current board; the search runs only while something is subscribed. */
export function useLoops(): LoopsState {
  const { doc } = useBoard()
  const engine = loopsEngineFor(doc)
  return useSyncExternalStore(engine.subscribe, engine.getState)
}
