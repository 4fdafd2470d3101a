import { createHash, randomBytes } from 'node:crypto'

/** 144 random bits, base64url: unguessable and safe in a URL fragment. */
export function newToken(): string {
  return randomBytes(18).toString('base64url')
}

/** Board ids are not secrets, but unguessable ids make enumeration pointless too. */
export function newBoardId(): string {
  return randomBytes(12).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

const ID_RE = /^[A-Za-z0-9_-]{1,64}$/

export function isValidBoardId(id: string): boolean {
  return ID_RE.test(id)
}
