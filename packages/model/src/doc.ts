import type * as Y from 'yjs'
import { SCHEMA_VERSION } from './types'

/** The four top-level types of a board document (see DESIGN.md, "The board document"). */
export interface BoardMaps {
  meta: Y.Map<unknown>
  nodes: Y.Map<Y.Map<unknown>>
  edges: Y.Map<Y.Map<unknown>>
  loops: Y.Map<Y.Map<unknown>>
}

export function boardMaps(doc: Y.Doc): BoardMaps {
  return {
    meta: doc.getMap('meta'),
    nodes: doc.getMap('nodes'),
    edges: doc.getMap('edges'),
    loops: doc.getMap('loops'),
  }
}

export interface InitOptions {
  title?: string
  template?: string
  createdAt?: number
}

/** Writes the meta fields of a new board. Safe to call on a doc that already has them (no-op). */
export function initBoard(doc: Y.Doc, opts: InitOptions = {}, origin?: unknown): void {
  const { meta } = boardMaps(doc)
  if (meta.has('schema')) return
  doc.transact(() => {
    meta.set('schema', SCHEMA_VERSION)
    meta.set('title', opts.title ?? 'Untitled board')
    if (opts.template) meta.set('template', opts.template)
    meta.set('createdAt', opts.createdAt ?? Date.now())
  }, origin)
}
