/**
 * Follow-me and the facilitator badge are presence, not document: a client says
 * `role: 'facilitator'` in its awareness state. Only a socket opened with the workshop's
 * facilitator token may say so, or any participant could make a class follow them.
 */
export function claimsFacilitator(state: unknown): boolean {
  if (typeof state !== 'object' || state === null) return false
  const s = state as { role?: unknown; user?: { role?: unknown } }
  return s.role === 'facilitator' || (typeof s.user === 'object' && s.user?.role === 'facilitator')
}
