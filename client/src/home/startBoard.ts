import { navigate } from '../app/router'
import { createBoard } from '../board/api'
import { rememberViewToken } from '../board/links'
import { rememberToken } from '../board/token'

/** Creates a board (blank or from a template) and opens it for editing in this tab. */
export async function startBoard(input: { title?: string; template?: string }): Promise<void> {
  const created = await createBoard(input)
  openCreatedBoard(created.editUrl, created.viewToken)
}

/**
 * Opens an edit URL from the server (`…/b/<id>#t=<token>`) inside this app. Pass the view token
 * too, so the share dialog on this device can offer the read-only link.
 */
export function openCreatedBoard(editUrl: string, viewToken?: string): void {
  const url = new URL(editUrl, window.location.origin)
  const id = url.pathname.split('/').pop() ?? ''
  if (viewToken) rememberViewToken(id, viewToken)
  const token = new URLSearchParams(url.hash.slice(1)).get('t')
  if (token) rememberToken(id, token)
  navigate(url.pathname + url.hash)
}
