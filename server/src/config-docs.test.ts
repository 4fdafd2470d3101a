import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { configTable } from './config'

const root = join(import.meta.dirname, '..', '..')

describe('settings documentation', () => {
  // A new or changed setting must reach the docs a school's IT person reads.
  it.each(['README.md', 'server/CONFIG.md'])('%s carries the table generated from CONFIG_VARS', (file) => {
    const text = readFileSync(join(root, file), 'utf8')
    const table = /<!-- CONFIG-TABLE -->\n([\s\S]*?)\n<!-- \/CONFIG-TABLE -->/.exec(text)?.[1]
    expect(table, `run: pnpm docs:config`).toBe(configTable())
  })
})
