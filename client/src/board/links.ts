/**
 * Share links. The edit link can be rebuilt from our own token; the view token is only handed
 * out when a board is created (or by a server that adds `viewToken` to GET /api/boards/:id), so
 * the creator's device remembers it.
 */
const key = (id: string) => `causeway.viewToken.${id}`

export function boardLink(boardId: string, token: string): string {
  return `${window.location.origin}/b/${encodeURIComponent(boardId)}#t=${encodeURIComponent(token)}`
}

export function rememberViewToken(boardId: string, token: string): void {
  try {
    localStorage.setItem(key(boardId), token)
  } catch {
    // not fatal: the share dialog just will not offer a view link here
  }
}

export function knownViewToken(boardId: string): string | null {
  try {
    return localStorage.getItem(key(boardId))
  } catch {
    return null
  }
}
