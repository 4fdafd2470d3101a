// Development: the server (restarting on change) on :8787 and Vite's dev server on :5173,
// which proxies /api and /sync to it. Ctrl+C stops both.
import { spawn } from 'node:child_process'

const children = [
  spawn('node', ['--watch', '--import', 'tsx', 'server/src/main.ts'], { stdio: 'inherit' }),
  spawn('node_modules/.bin/vite', ['client'], { stdio: 'inherit' }),
]
const stop = () => {
  for (const c of children) c.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const c of children) c.on('exit', (code) => code && stop())
