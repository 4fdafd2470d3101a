import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { resolve } from 'node:path'

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..')

export interface ChildServer {
  child: ChildProcess
  url: string
  exited: Promise<number | null>
}

/** Runs the real entry point (`node --import tsx server/src/main.ts`) as a separate process. */
export function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', CLIENT_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)))
  return new Promise((resolveUrl, reject) => {
    let buf = ''
    let err = ''
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()))
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString()
      const m = /"url":"(http:\/\/[^"]+)"/.exec(buf)
      if (m) resolveUrl({ child, url: m[1]!, exited })
    })
    child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${err}`)))
  })
}
