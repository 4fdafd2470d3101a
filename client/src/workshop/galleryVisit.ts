/**
 * Whether this tab shows another team's board on a gallery walk. Gallery links say `&g=1` next
 * to the view token; the tab keeps that in sessionStorage so a reload still knows. When the
 * facilitator closes the gallery the token is revoked (socket closed with 4401, API 401), and a
 * gallery visitor should read "the gallery walk has ended", not "this link is not valid".
 */
const key = (boardId: string) => `causeway.galleryVisit.${boardId}`

export function isGalleryVisit(boardId: string): boolean {
  const hash = new URLSearchParams(window.location.hash.replace(/^#/, ''))
  const fromHash = hash.get('g') === '1'
  try {
    // A link with its own token says what it is; only a bare reload relies on memory.
    if (hash.get('t')) {
      if (fromHash) sessionStorage.setItem(key(boardId), '1')
      else sessionStorage.removeItem(key(boardId))
      return fromHash
    }
    return sessionStorage.getItem(key(boardId)) === '1'
  } catch {
    return fromHash
  }
}
