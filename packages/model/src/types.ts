/** Plain-data view of a board: what snapshots, exports, templates and analysis work with. */

export const SCHEMA_VERSION = 1

export type Polarity = '+' | '-' | '?'

/** Known node kinds. Unknown kinds written by a newer version are kept as they are. */
export type KnownNodeKind =
  | 'variable'
  | 'note'
  | 'stock'
  | 'flow'
  | 'cloud'
  | 'iceberg'
  | 'ladder'
  | 'botg'
  | 'circle'
  | 'frame'
  | 'prompt'

export type NodeKind = KnownNodeKind | (string & {})

/** A node as plain data. Kind-specific fields (level, rung, series, color, parent, w, h, …) ride along. */
export interface NodeSnapshot {
  id: string
  kind: NodeKind
  label: string
  x: number
  y: number
  [field: string]: unknown
}

export interface EdgeSnapshot {
  id: string
  source: string
  target: string
  polarity: Polarity
  delay: boolean
  label?: string
  [field: string]: unknown
}

export interface LoopInfo {
  name?: string
  note?: string
}

export interface BoardMeta {
  schema: number
  title: string
  template?: string
  createdAt: number
  [field: string]: unknown
}

export interface BoardSnapshot {
  meta: BoardMeta
  nodes: Record<string, NodeSnapshot>
  edges: Record<string, EdgeSnapshot>
  loops: Record<string, LoopInfo>
}

/** Content to add to a board (templates, imports, paste): ids are local to the content. */
export interface BoardContent {
  nodes: NodeSnapshot[]
  edges: EdgeSnapshot[]
  loops?: Record<string, LoopInfo>
}
