/**
 * Token roles. `edit` and `view` come from board creation; workshops mint `facilitator`,
 * `participant` and `gallery` (a read-only look at another team's board, revoked when the gallery
 * walk ends). Anything not listed here is read-only, so a new role is safe by default.
 */
export const WRITE_ROLES: ReadonlySet<string> = new Set(['edit', 'facilitator', 'participant'])

export function roleCanWrite(role: string): boolean {
  return WRITE_ROLES.has(role)
}
