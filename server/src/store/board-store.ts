/**
 * Where boards live. SQLite implements it today; the methods are async so that a networked
 * store (Postgres) can implement the same contract later without touching the rooms.
 */
export type Role = 'edit' | 'view' | (string & {})

export interface BoardRecord {
  id: string
  title: string
  template: string | null
  createdAt: number
  locked: boolean
}

export interface StoredBoardState {
  /** The compacted snapshot (a Yjs update), if any. */
  snapshot: Uint8Array | null
  /** Updates written after the snapshot, oldest first. */
  updates: Uint8Array[]
  /** Highest update seq included (0 if none); compaction deletes up to it. */
  lastSeq: number
  /** Total stored bytes (snapshot + updates), for MAX_DOC_BYTES and compaction decisions. */
  bytes: number
}

export interface NewBoard {
  id: string
  title: string
  template: string | null
  createdAt: number
  /** The initial document state (meta + template content) as one Yjs update. */
  snapshot: Uint8Array
}

export interface BoardStore {
  createBoard(board: NewBoard): Promise<void>
  getBoard(id: string): Promise<BoardRecord | null>
  /** Removes every row of the board (board, tokens, updates, snapshot). */
  deleteBoard(id: string): Promise<boolean>
  setLocked(id: string, locked: boolean): Promise<void>
  /** Creates a new random token for a board; only its hash is stored. Returns the token. */
  mintToken(boardId: string, role: Role): Promise<string>
  /** Deletes every token of one role on a board (gallery view tokens when a gallery walk ends). Returns how many. */
  revokeTokens(boardId: string, role: Role): Promise<number>
  /** The role a token grants on a board, or null. */
  checkToken(boardId: string, token: string): Promise<Role | null>
  loadState(boardId: string): Promise<StoredBoardState | null>
  /** Appends updates in ONE transaction (group commit). Returns the last seq, or null if the board is gone. */
  appendUpdates(boardId: string, updates: Uint8Array[]): Promise<number | null>
  /** Replaces the snapshot and deletes updates with seq <= uptoSeq, atomically. */
  compact(boardId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void>
  /** Row and byte counts, for tests and metrics. */
  countRows(boardId: string): Promise<{ boards: number; tokens: number; updates: number; snapshots: number }>
  /** Throws if the store cannot serve (for /healthz). */
  ping(): Promise<void>
  close(): Promise<void>
}
