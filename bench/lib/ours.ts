/** Whether our server and client can be benchmarked yet (both are written concurrently). */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

let cached: Promise<string | null> | undefined

/** null when `createServer` can be imported, else the reason it cannot. */
export function oursUnavailable(): Promise<string | null> {
  cached ??= (async () => {
    if (!fs.existsSync(path.join(repoRoot, 'server/src/index.ts'))) return 'server/src/index.ts does not exist yet'
    try {
      const spec = '@causeway/server'
      const mod = (await import(spec)) as { createServer?: unknown }
      return typeof mod.createServer === 'function' ? null : '@causeway/server does not export createServer yet'
    } catch (e) {
      return `@causeway/server fails to load: ${String(e instanceof Error ? e.message : e).split('\n')[0]}`
    }
  })()
  return cached
}
