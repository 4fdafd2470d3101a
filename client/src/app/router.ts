import { useSyncExternalStore } from 'react'

/** A tiny path router: the app has two pages, so a library would be more code than this. */
export type Route =
  | { page: 'home' }
  | { page: 'board'; id: string }
  | { page: 'newWorkshop' }
  | { page: 'workshop'; id: string }
  | { page: 'join' }
  | { page: 'notFound' }

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'home' }
  const m = /^\/b\/([A-Za-z0-9_-]+)\/?$/.exec(pathname)
  if (m) return { page: 'board', id: m[1]! }
  // Before /w/:id: workshop ids are long random strings, never "new".
  if (/^\/w\/new\/?$/.test(pathname)) return { page: 'newWorkshop' }
  const w = /^\/w\/([A-Za-z0-9_-]+)\/?$/.exec(pathname)
  if (w) return { page: 'workshop', id: w[1]! }
  if (/^\/join\/?$/.test(pathname)) return { page: 'join' }
  return { page: 'notFound' }
}

const listeners = new Set<() => void>()

function subscribe(l: () => void) {
  listeners.add(l)
  window.addEventListener('popstate', l)
  return () => {
    listeners.delete(l)
    window.removeEventListener('popstate', l)
  }
}

export function navigate(url: string): void {
  window.history.pushState(null, '', url)
  for (const l of listeners) l()
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}
