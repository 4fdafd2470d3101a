import type { IncomingMessage, ServerResponse } from 'node:http'

export interface RouteContext {
  req: IncomingMessage
  res: ServerResponse
  params: Record<string, string>
  url: URL
}

export type Handler = (ctx: RouteContext) => Promise<void> | void

interface Route {
  method: string
  parts: string[]
  handler: Handler
}

/**
 * The smallest router that does the job: `/api/boards/:id` style patterns, exact methods.
 * Route modules (boards, templates, interop, workshops, …) each register their own routes.
 */
export class Router {
  private routes: Route[] = []

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, parts: pattern.split('/').filter(Boolean), handler })
    return this
  }

  get(p: string, h: Handler): this {
    return this.add('GET', p, h)
  }
  post(p: string, h: Handler): this {
    return this.add('POST', p, h)
  }
  put(p: string, h: Handler): this {
    return this.add('PUT', p, h)
  }
  patch(p: string, h: Handler): this {
    return this.add('PATCH', p, h)
  }
  delete(p: string, h: Handler): this {
    return this.add('DELETE', p, h)
  }

  /** The handler and params for a request, 'method' if only the method is wrong, or null. */
  match(method: string, pathname: string): { handler: Handler; params: Record<string, string> } | 'method' | null {
    const segs = pathname.split('/').filter(Boolean)
    let wrongMethod = false
    for (const r of this.routes) {
      const params = matchParts(r.parts, segs)
      if (!params) continue
      if (r.method === method || (method === 'HEAD' && r.method === 'GET')) return { handler: r.handler, params }
      wrongMethod = true
    }
    return wrongMethod ? 'method' : null
  }
}

function matchParts(parts: string[], segs: string[]): Record<string, string> | null {
  if (parts.length !== segs.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!
    let s: string
    try {
      s = decodeURIComponent(segs[i]!)
    } catch {
      return null
    }
    if (p.startsWith(':')) params[p.slice(1)] = s
    else if (p !== s) return null
  }
  return params
}
