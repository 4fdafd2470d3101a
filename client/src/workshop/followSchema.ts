import type { Awareness } from 'y-protocols/awareness'

/**
 * Follow-me adds two optional fields to the presence state described in presence/schema.ts:
 *
 *   role:   'facilitator'                        // accepted by the server only from the
 *                                                // workshop facilitator's socket
 *   follow: { x: number, y: number, zoom: number } | null   // React Flow viewport to follow
 *
 * readPeer() ignores fields it does not know, so older clients keep working.
 */
export interface FollowViewport {
  x: number
  y: number
  zoom: number
}

export interface Leader {
  clientId: number
  name: string
  follow: FollowViewport
}

function readViewport(raw: unknown): FollowViewport | null {
  if (!raw || typeof raw !== 'object') return null
  const v = raw as Record<string, unknown>
  const ok = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n)
  if (!ok(v.x) || !ok(v.y) || !ok(v.zoom) || v.zoom <= 0) return null
  return { x: v.x, y: v.y, zoom: v.zoom }
}

/** The facilitator currently leading (lowest client id if several), or null. */
export function findLeader(awareness: Awareness): Leader | null {
  let best: Leader | null = null
  for (const [clientId, raw] of awareness.getStates()) {
    if (clientId === awareness.clientID || !raw || typeof raw !== 'object') continue
    const s = raw as Record<string, unknown>
    if (s.role !== 'facilitator') continue
    const follow = readViewport(s.follow)
    if (!follow) continue
    if (best && best.clientId < clientId) continue
    const user = s.user as { name?: unknown } | undefined
    best = { clientId, name: typeof user?.name === 'string' ? user.name.slice(0, 60) : '', follow }
  }
  return best
}

export function sameViewport(a: FollowViewport | null, b: FollowViewport | null): boolean {
  if (!a || !b) return a === b
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-4
}
