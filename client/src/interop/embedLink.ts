import { embedSnippet } from '@causeway/interop'

/**
 * Checks a pasted view link: it must be an http(s) link to this board carrying a token in its
 * fragment. Returns the normalised link, or null.
 */
export function parseViewLink(text: string, boardId: string): string | null {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (url.pathname !== `/b/${encodeURIComponent(boardId)}`) return null
  if (!/^#t=[^&]+/.test(url.hash)) return null
  return url.toString()
}

/** The iframe HTML, or null when the link cannot be embedded. */
export function snippetFor(viewUrl: string | null, title: string): string | null {
  if (!viewUrl) return null
  try {
    return embedSnippet(viewUrl, title)
  } catch {
    return null
  }
}
