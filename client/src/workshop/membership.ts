/**
 * What this tab knows about a board's workshop: a participant keeps the workshop id from the join
 * answer (for the gallery walk); a facilitator's board link says `&f=<workshopId>` so the board
 * offers "Follow me". Kept in sessionStorage next to the board token (board/token.ts), so a
 * reload keeps it and another tab or device does not inherit it.
 */
export interface Membership {
  workshopId: string
  facilitator: boolean
  team?: number
  teamName?: string
}

const key = (boardId: string) => `causeway.workshop.${boardId}`
const facilitatorKey = (workshopId: string) => `causeway.facilitator.${workshopId}`

export function rememberMembership(boardId: string, m: Membership): void {
  try {
    sessionStorage.setItem(key(boardId), JSON.stringify(m))
  } catch {
    // storage disabled: the workshop extras are simply not offered after a reload
  }
}

export function readMembership(boardId: string): Membership | null {
  const fromHash = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('f')
  if (fromHash) {
    const m = { workshopId: fromHash, facilitator: true }
    rememberMembership(boardId, m)
    return m
  }
  try {
    const raw = sessionStorage.getItem(key(boardId))
    const v = raw ? (JSON.parse(raw) as Partial<Membership>) : null
    if (v && typeof v.workshopId === 'string')
      return { ...v, workshopId: v.workshopId, facilitator: v.facilitator === true }
  } catch {
    // unreadable: treat the board as a plain board
  }
  return null
}

/**
 * The facilitator token of a workshop, from the dashboard link's `#t=` or this tab's memory.
 * The dashboard is often on a projector, so the token leaves the address bar once it is kept.
 */
export function readFacilitatorToken(workshopId: string): string | null {
  const fromHash = new URLSearchParams(window.location.hash.replace(/^#/, '')).get('t')
  try {
    if (fromHash) {
      sessionStorage.setItem(facilitatorKey(workshopId), fromHash)
      window.history.replaceState(window.history.state, '', window.location.pathname)
    }
    return fromHash ?? sessionStorage.getItem(facilitatorKey(workshopId))
  } catch {
    return fromHash
  }
}

/** After the workshop is deleted its key opens nothing, so this tab stops holding it. */
export function forgetFacilitatorToken(workshopId: string): void {
  try {
    sessionStorage.removeItem(facilitatorKey(workshopId))
  } catch {
    // storage disabled: nothing was kept
  }
}

export function facilitatorDashboardUrl(workshopId: string, token: string): string {
  return `${window.location.origin}/w/${encodeURIComponent(workshopId)}#t=${encodeURIComponent(token)}`
}

export function facilitatorBoardUrl(boardId: string, token: string, workshopId: string): string {
  return `/b/${encodeURIComponent(boardId)}#t=${encodeURIComponent(token)}&f=${encodeURIComponent(workshopId)}`
}

/** A gallery walk link: `g=1` lets the tab say "the walk has ended" once the token is revoked. */
export function viewBoardUrl(boardId: string, viewToken: string): string {
  return `/b/${encodeURIComponent(boardId)}#t=${encodeURIComponent(viewToken)}&g=1`
}
