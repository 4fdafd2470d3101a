// The whole test suite, as CI runs it: typecheck, lint, unit + integration (vitest), then
// end-to-end (Playwright in Debian's Chromium against the built app). Ends with one line
// totalling every suite: "N passed, N failed[, N skipped]".
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const bin = (name) => join('node_modules', '.bin', name)
const out = mkdtempSync(join(tmpdir(), 'causeway-test-'))
const totals = { passed: 0, failed: 0, skipped: 0 }
const summary = []

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label} ===`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status === 0
}

function check(label, ok) {
  totals[ok ? 'passed' : 'failed']++
  summary.push(`${label}: ${ok ? 'ok' : 'FAILED'}`)
}

check('typecheck', run('typecheck', 'node', ['scripts/typecheck.mjs']))
check('lint', run('lint', bin('eslint'), ['.']))

const vitestJson = join(out, 'vitest.json')
const vitestOk = run('unit and integration tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
])
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'))
  totals.passed += v.numPassedTests
  totals.failed += v.numFailedTests
  totals.skipped += v.numPendingTests + (v.numTodoTests ?? 0)
  // A suite that failed to load has no tests to count; count it so it cannot hide.
  const brokenFiles = v.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0)
  totals.failed += brokenFiles.length
  summary.push(`vitest: ${v.numPassedTests} passed, ${v.numFailedTests + brokenFiles.length} failed`)
} else {
  check('vitest (no report)', false)
}
if (!vitestOk && totals.failed === 0) check('vitest exit status', false)

const chromiumOk = run('Chromium', 'node', ['scripts/ensure-chromium.mjs'])
const buildOk = chromiumOk && run('client build', bin('vite'), ['build', 'client'])
check('client build', buildOk)
if (buildOk) {
  const pwJson = join(out, 'playwright.json')
  const pwOk = run('end-to-end tests (Playwright)', bin('playwright'), ['test'], { PW_JSON: pwJson })
  if (existsSync(pwJson)) {
    const s = JSON.parse(readFileSync(pwJson, 'utf8')).stats
    totals.passed += s.expected + s.flaky
    totals.failed += s.unexpected
    totals.skipped += s.skipped
    summary.push(`playwright: ${s.expected + s.flaky} passed (${s.flaky} flaky), ${s.unexpected} failed`)
    if (!pwOk && s.unexpected === 0) check('playwright exit status', false)
  } else {
    check('playwright (no report)', false)
  }
}

console.log('\n' + summary.join('\n'))
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : ''
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`)
process.exit(totals.failed ? 1 : 0)
