/**
 * Awareness state each client publishes (y-protocols awareness, never stored in the doc):
 *
 *   {
 *     user:      { name: string, color: string }   // chosen once, remembered in localStorage
 *     cursor:    { x: number, y: number } | null    // flow coordinates; null when off the canvas
 *     selection: string[]                          // selected node ids
 *     editing:   string | null                     // node id whose label is being typed into
 *   }
 *
 * Anything may be missing or malformed in a remote state, so readers go through readPeer().
 */
export interface PeerUser {
  name: string
  color: string
}

export interface PeerState {
  user: PeerUser
  cursor: { x: number; y: number } | null
  selection: string[]
  editing: string | null
}

export const PEER_COLORS = ['#d1495b', '#00798c', '#edae49', '#66a182', '#8e6fb5', '#e07a2d', '#2e4057', '#c2549d']

export function readPeer(raw: unknown): PeerState | null {
  if (!raw || typeof raw !== 'object') return null
  const r = raw as Record<string, unknown>
  const u = r.user as Record<string, unknown> | undefined
  if (!u || typeof u.name !== 'string') return null
  const color = typeof u.color === 'string' && /^#[0-9a-f]{3,8}$/i.test(u.color) ? u.color : '#888888'
  const c = r.cursor as Record<string, unknown> | null | undefined
  const cursor =
    c && typeof c.x === 'number' && typeof c.y === 'number' && Number.isFinite(c.x) && Number.isFinite(c.y)
      ? { x: c.x, y: c.y }
      : null
  const selection = Array.isArray(r.selection)
    ? r.selection.filter((s): s is string => typeof s === 'string').slice(0, 1000)
    : []
  const editing = typeof r.editing === 'string' ? r.editing : null
  return { user: { name: u.name.slice(0, 60), color }, cursor, selection, editing }
}
