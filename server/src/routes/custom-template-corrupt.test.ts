import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { pino } from 'pino'
import { createServer } from '../index'
import type { RunningServer } from '../index'
import { newCustomTemplateId } from '../templates/custom-template-store'
import { createBoard, removeDir, tempDir } from '../testing/helpers'

/** A damaged stored template must look damaged (500 + an error in the log), not "not found". */

let server: RunningServer | null = null
let dir = ''
let lines: string[] = []

afterEach(async () => {
  await server?.close()
  server = null
  if (dir) removeDir(dir)
})

async function start(): Promise<RunningServer> {
  dir = tempDir()
  lines = []
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString())
      cb()
    },
  })
  server = await createServer({ port: 0, host: '127.0.0.1', dataDir: dir, clientDir: dir }, { logger: pino({ level: 'info' }, sink) })
  return server
}

function storeFile(text: string): string {
  const id = newCustomTemplateId()
  mkdirSync(join(dir, 'custom-templates'), { recursive: true })
  writeFileSync(join(dir, 'custom-templates', `${id}.json`), text)
  return id
}

describe('a corrupt stored custom template', () => {
  const cases: Array<[string, string, string]> = [
    ['cut-off JSON', '{"id": "custom-', 'not valid JSON'],
    ['JSON that is no longer a valid template', JSON.stringify({ id: 'x', title: '' }), 'invalid template'],
  ]
  for (const [what, text, reason] of cases) {
    it(`answers 500 with a clear message and logs an error for ${what}`, async () => {
      const s = await start()
      const board = await createBoard(s.url)
      const id = storeFile(text)
      const res = await fetch(`${s.url}/api/templates/custom/${id}`, { headers: { authorization: `Bearer ${board.editToken}` } })
      expect(res.status).toBe(500)
      expect(((await res.json()) as { error: string }).error).toMatch(/damaged/)

      const errors = lines.map((l) => JSON.parse(l) as { level: number; msg: string; file?: string; reason?: string }).filter((l) => l.level >= 50)
      expect(errors).toHaveLength(1)
      expect(errors[0]!.file).toContain(`${id}.json`)
      expect(errors[0]!.reason).toContain(reason)
      expect(lines.join('')).not.toContain(board.editToken)
    })
  }

  it('still answers 404 for a template that was never stored', async () => {
    const s = await start()
    storeFile('not json')
    expect((await fetch(`${s.url}/api/templates/custom/${newCustomTemplateId()}`)).status).toBe(404)
  })
})
