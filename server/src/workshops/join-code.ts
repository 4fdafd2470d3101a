import { createHash, createHmac, randomBytes } from 'node:crypto'

/** 32 symbols (5 bits each) without 0/O/1/I, which get misread off a projector. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const CODE_LENGTH = 8 // 40 bits

/**
 * The code is derived from the facilitator token and a stored nonce, so the database keeps only
 * the nonce and the code's hash: the facilitator (who presents the token) can be shown the code
 * again, while a leaked database does not reveal any live code.
 */
export function deriveCode(facilitatorToken: string, nonce: string): string {
  const mac = createHmac('sha256', facilitatorToken).update(`join-code:${nonce}`).digest()
  let bits = 0n
  for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(mac[i]!)
  let code = ''
  for (let i = CODE_LENGTH - 1; i >= 0; i--) code += CODE_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)]
  return code
}

export function newCodeNonce(): string {
  return randomBytes(16).toString('base64url')
}

/** `ABCDEFGH` → `ABCD-EFGH`, the way it is shown and read aloud. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`
}

/** Case- and dash-insensitive; spaces are forgiven too. Returns null for anything not code-shaped. */
export function normalizeCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null
  const code = input.toUpperCase().replace(/[\s-]/g, '')
  if (code.length !== CODE_LENGTH) return null
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null
  return code
}

/** Looked up by hash, so matching a code never compares the secret itself byte by byte. */
export function hashCode(code: string): string {
  return createHash('sha256').update(`join-code:${code}`, 'utf8').digest('hex')
}
