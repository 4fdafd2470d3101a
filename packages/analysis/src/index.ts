// Loop analysis: pure functions over a board snapshot (no DOM; runs in a Web Worker).
export type { FindLoopsOptions, FindLoopsResult, Loop, LoopGraph, LoopGraphEdge, LoopType } from './types'
export { findLoops, loopType, DEFAULT_MAX_LOOPS, DEFAULT_MAX_MS } from './find-loops'
export { loopsOfSnapshot, loopGraphOf, LOOP_NODE_KINDS } from './snapshot-loops'
export { labelLoops, loopAnchor } from './labels'
export type { LabelledLoop, Point } from './labels'
export { outline, outlineLoops, ENGLISH_OUTLINE } from './outline'
export type { LoopOutline, OutlineMessages } from './outline'
