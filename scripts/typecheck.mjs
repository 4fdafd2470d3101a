// Each project has its own lib set: packages/ get no DOM, the client gets no Node types.
import { spawnSync } from 'node:child_process'

let failed = false
for (const project of ['packages', 'server', 'client', 'tests']) {
  const r = spawnSync('node_modules/.bin/tsc', ['-p', project], { stdio: 'inherit' })
  console.log(`tsc -p ${project}: ${r.status === 0 ? 'ok' : 'errors'}`)
  if (r.status !== 0) failed = true
}
process.exit(failed ? 1 : 0)
