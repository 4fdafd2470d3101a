import { createReadStream, existsSync, statSync } from 'node:fs'
import { pipeline } from 'node:stream'
import { extname, join, normalize, sep } from 'node:path'
import type { IncomingMessage, ServerResponse } from 'node:http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
}

/** Client routes that the SPA handles; they all get index.html. */
function isAppRoute(pathname: string): boolean {
  return (
    pathname === '/' ||
    pathname === '/index.html' ||
    pathname.startsWith('/b/') ||
    pathname.startsWith('/w/') ||
    pathname.startsWith('/join')
  )
}

const NO_BUILD_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Causeway</title></head>
<body><h1>Causeway server is running</h1><p>The client has not been built. Run <code>pnpm build</code>
(or <code>pnpm start</code>) and reload.</p></body></html>`

export class StaticFiles {
  constructor(private readonly root: string) {}

  get hasIndex(): boolean {
    return existsSync(join(this.root, 'index.html'))
  }

  /** Serves the request if it is a file or an app route; returns false to fall through to 404. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const file = this.resolve(pathname)
    if (file) {
      this.sendFile(req, res, file, pathname.startsWith('/assets/'))
      return true
    }
    if (!isAppRoute(pathname)) return false
    const index = join(this.root, 'index.html')
    if (existsSync(index)) {
      this.sendFile(req, res, index, false)
    } else {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
      res.end(req.method === 'HEAD' ? undefined : NO_BUILD_PAGE)
    }
    return true
  }

  private resolve(pathname: string): string | null {
    if (pathname === '/' || pathname.includes('\0')) return null
    let decoded: string
    try {
      decoded = decodeURIComponent(pathname)
    } catch {
      return null
    }
    const full = normalize(join(this.root, decoded))
    // Never leave the client directory (../ tricks).
    if (!full.startsWith(normalize(this.root + sep))) return null
    try {
      return statSync(full).isFile() ? full : null
    } catch {
      return null
    }
  }

  private sendFile(req: IncomingMessage, res: ServerResponse, file: string, hashed: boolean): void {
    const size = statSync(file).size
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': size,
      // Vite puts content hashes in /assets/ names, so they never change; HTML must revalidate.
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    // pipe() leaves a read error (file replaced by a rebuild, EIO) unhandled, which ends the
    // process; pipeline() hands it here and the half-sent response is cut off instead.
    pipeline(createReadStream(file), res, (err) => {
      if (err) res.destroy()
    })
  }
}
