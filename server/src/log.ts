import { pino } from 'pino'
import type { Logger } from 'pino'

export type { Logger }

/** JSON logs. Tokens never reach them: known fields are redacted and URLs are logged without queries. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'token',
        '*.token',
        'editToken',
        'viewToken',
        '*.editToken',
        '*.viewToken',
        'facilitatorToken',
        '*.facilitatorToken',
        'headers.authorization',
        'req.headers.authorization',
        'authorization',
      ],
      censor: '[redacted]',
    },
  })
}

/** The path of a request URL without its query string, for logs. */
export function safePath(url: string | undefined): string {
  if (!url) return ''
  const q = url.indexOf('?')
  return q === -1 ? url : url.slice(0, q) + '?[redacted]'
}
