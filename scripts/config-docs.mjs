// Writes the settings table generated from server/src/config.ts (CONFIG_VARS) into README.md and
// server/CONFIG.md, between the CONFIG-TABLE markers, so docs and code cannot drift.
// Run: node --import tsx scripts/config-docs.mjs   (server/src/config-docs.test.ts checks it was)
import { readFileSync, writeFileSync } from 'node:fs'
import { configTable } from '../server/src/config.ts'

const START = '<!-- CONFIG-TABLE -->'
const END = '<!-- /CONFIG-TABLE -->'

for (const file of ['README.md', 'server/CONFIG.md']) {
  const text = readFileSync(file, 'utf8')
  const a = text.indexOf(START)
  const b = text.indexOf(END)
  if (a < 0 || b < a) throw new Error(`${file}: missing ${START} … ${END}`)
  writeFileSync(file, text.slice(0, a + START.length) + '\n' + configTable() + '\n' + text.slice(b))
  console.log(`${file}: settings table written`)
}
