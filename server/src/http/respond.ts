import type { IncomingMessage, ServerResponse } from 'node:http'

/** An error with an HTTP status and a message safe to show to the user. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body?: Record<string, unknown>,
  ) {
    super(message)
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  res.end(text)
}

export function sendError(res: ServerResponse, status: number, message: string, extra?: Record<string, unknown>): void {
  sendJson(res, status, { error: message, ...extra })
}

/** Reads a request body up to `limit` bytes; past it, 413 (and the rest is not buffered). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit) {
      req.resume()
      reject(new HttpError(413, `Request body is larger than ${limit} bytes.`))
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    req.on('data', (c: Buffer) => {
      if (done) return
      size += c.length
      if (size > limit) {
        done = true
        req.resume()
        reject(new HttpError(413, `Request body is larger than ${limit} bytes.`))
        return
      }
      chunks.push(c)
    })
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks))
    })
    req.on('error', (e) => {
      if (!done) reject(e)
    })
  })
}

/** A JSON object body; an empty body counts as `{}`. */
export async function readJson(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const buf = await readBody(req, limit)
  if (buf.length === 0) return {}
  let v: unknown
  try {
    v = JSON.parse(buf.toString('utf8'))
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON.')
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new HttpError(400, 'Request body must be a JSON object.')
  return v as Record<string, unknown>
}

/** The bearer token of a request, if any. */
export function bearerToken(req: IncomingMessage): string | null {
  const h = req.headers.authorization
  if (!h) return null
  const m = /^Bearer\s+(\S+)$/i.exec(h)
  return m ? m[1]! : null
}
