import { fork } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'

/** Every child we fork, so an exit or Ctrl+C never leaves servers or load workers behind. */
const children = new Set<ChildProcess>()

function killAll(): void {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL')
}
process.on('exit', killAll)
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    killAll()
    process.exit(130)
  })
}

/** Forks a TypeScript entry under tsx with an IPC channel. */
export function forkTs(entry: string, args: string[]): ChildProcess {
  const child = fork(entry, args, {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  children.add(child)
  child.on('exit', () => children.delete(child))
  return child
}

/** Waits for the next IPC message matching `type`, bounded by a timeout. */
export function nextMessage<T extends { type: string }>(
  child: ChildProcess,
  type: string,
  timeoutMs: number,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMsg = (m: unknown): void => {
      const msg = m as { type?: string; error?: string }
      if (msg.type === 'error') return done(new Error(msg.error ?? 'child error'))
      if (msg.type === type) done(null, m as T)
    }
    const onExit = (code: number | null): void => done(new Error(`child exited (${code}) before ${type}`))
    const timer = setTimeout(() => done(new Error(`timeout waiting for ${type}`)), timeoutMs)
    function done(err: Error | null, v?: T): void {
      clearTimeout(timer)
      child.off('message', onMsg)
      child.off('exit', onExit)
      if (err) reject(err)
      else resolve(v as T)
    }
    child.on('message', onMsg)
    child.on('exit', onExit)
  })
}

export async function stopChild(child: ChildProcess, timeoutMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((r) => child.once('exit', () => r()))
  child.send({ type: 'close' })
  const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  await exited
  clearTimeout(t)
}
