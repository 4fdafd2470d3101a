/**
 * A board link carries its capability token in the fragment (`#t=…`), which browsers never send
 * to the server. We keep it in sessionStorage so reloads work, and drop it from the address bar.
 */
const key = (boardId: string) => `causeway.token.${boardId}`

export function tokenFromHash(hash: string): string | null {
  const t = new URLSearchParams(hash.replace(/^#/, '')).get('t')
  return t && t.length > 0 ? t : null
}

export function rememberToken(boardId: string, token: string): void {
  try {
    sessionStorage.setItem(key(boardId), token)
  } catch {
    // storage can be disabled; the token still works for this page view
  }
}

export function readToken(boardId: string): string | null {
  const fromHash = tokenFromHash(window.location.hash)
  if (fromHash) {
    rememberToken(boardId, fromHash)
    return fromHash
  }
  try {
    return sessionStorage.getItem(key(boardId))
  } catch {
    return null
  }
}
