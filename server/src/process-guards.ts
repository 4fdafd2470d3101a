import type { Logger } from './log'

/** The part of `process` the guards use (a test passes an EventEmitter with an `exit`). */
export interface GuardedProcess {
  on(event: 'uncaughtException', listener: (err: Error, origin: string) => void): unknown
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown
  exit(code: number): void
}

/**
 * Last resort for a bug that escaped every handler, so it is at least in the logs.
 *
 * An uncaught exception leaves the process in an unknown state, so it still exits (1) as Node
 * would: every change anyone has seen is already in SQLite, and a supervisor restarts it.
 * A rejected promise nobody awaited has not left a half-run synchronous handler behind; it is
 * logged and the server carries on, so such a bug reachable from one request cannot be used
 * to stop the server for everyone.
 */
export function installProcessGuards(proc: GuardedProcess, log: Logger): void {
  proc.on('uncaughtException', (err, origin) => {
    // pino flushes its buffer on exit, so this line is written before the process ends.
    log.fatal({ err, origin }, 'uncaught exception; exiting (stored boards are safe, restart the server)')
    proc.exit(1)
  })
  proc.on('unhandledRejection', (reason) => {
    log.error({ err: reason }, 'unhandled promise rejection; carrying on')
  })
}
