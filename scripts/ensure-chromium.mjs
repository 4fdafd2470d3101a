// Playwright cannot download browsers here; the tests drive Debian's Chromium instead.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(path)) {
  if (process.getuid?.() !== 0) {
    console.error(`Chromium not found at ${path}. Install it with: sudo apt-get install -y chromium`)
    process.exit(1)
  }
  console.log('Installing Chromium from Debian (apt-get install -y chromium)…')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  })
}
