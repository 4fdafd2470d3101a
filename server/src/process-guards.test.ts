import { EventEmitter } from 'node:events'
import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { pino } from 'pino'
import { installProcessGuards } from './process-guards'

function setup() {
  const lines: string[] = []
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString())
      cb()
    },
  })
  const exits: number[] = []
  const proc = Object.assign(new EventEmitter(), { exit: (code: number) => void exits.push(code) })
  installProcessGuards(proc, pino({ level: 'info' }, sink))
  return { proc, lines, exits }
}

describe('process guards', () => {
  it('an uncaught exception is logged as fatal with its stack, then the process exits with 1', () => {
    const { proc, lines, exits } = setup()
    proc.emit('uncaughtException', new Error('boom in a handler'), 'uncaughtException')
    expect(exits).toEqual([1])
    const entry = JSON.parse(lines.join('')) as { level: number; err: { message: string; stack: string } }
    expect(entry.level).toBe(60)
    expect(entry.err.message).toBe('boom in a handler')
    expect(entry.err.stack).toContain('process-guards.test')
  })

  it('an unhandled rejection is logged as an error and the server carries on', () => {
    const { proc, lines, exits } = setup()
    proc.emit('unhandledRejection', new Error('nobody awaited me'))
    expect(exits).toEqual([])
    const entry = JSON.parse(lines.join('')) as { level: number; err: { message: string } }
    expect(entry.level).toBe(50)
    expect(entry.err.message).toBe('nobody awaited me')
  })
})
