/**
 * `pnpm bench [-- --suite <name>] [--quick] [--seed <n>]`: runs the suites against Causeway and its peers
 * and writes bench/results/latest(.quick).{md,json}. See bench/README.md.
 */
import { Report, writeReport } from './lib/report.ts'
import { syncSuite } from './suites/sync.ts'
import { coldLoadSuite } from './suites/cold-load.ts'
import { storageSuite } from './suites/storage.ts'
import { loopsSuite } from './suites/loops.ts'
import { clientSuite } from './suites/client.ts'
import type { SuiteOptions } from './lib/options.ts'

const SUITES: Record<string, (r: Report, o: SuiteOptions) => Promise<void>> = {
  sync: syncSuite,
  'cold-load': coldLoadSuite,
  storage: storageSuite,
  loops: loopsSuite,
  client: clientSuite,
}

function parseArgs(argv: string[]): { suites: string[] } & SuiteOptions {
  const suites: string[] = []
  let quick = false
  // A fresh order seed per run unless one is given: the seed is printed and recorded either way.
  let seed = Math.floor(Math.random() * 2 ** 31)
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--quick') quick = true
    else if (a === '--suite') suites.push(...(argv[++i] ?? '').split(','))
    else if (a?.startsWith('--suite=')) suites.push(...a.slice(8).split(','))
    else if (a === '--seed' || a?.startsWith('--seed=')) seed = Number(a === '--seed' ? argv[++i] : a.slice(7))
  }
  for (const s of suites) {
    if (!SUITES[s]) throw new Error(`unknown suite "${s}"; one of ${Object.keys(SUITES).join(', ')}`)
  }
  if (!Number.isSafeInteger(seed) || seed < 0) throw new Error('--seed wants a non-negative integer')
  return { suites: suites.length ? suites : Object.keys(SUITES), quick, seed }
}

// y-websocket adds a process 'exit' listener per provider; the suites open many.
process.setMaxListeners(0)

async function main(): Promise<void> {
  const { suites, quick, seed } = parseArgs(process.argv.slice(2))
  const report = new Report()
  const t0 = Date.now()
  console.log(`order seed ${seed}`)
  for (const name of suites) {
    console.log(`suite ${name}${quick ? ' (quick)' : ''}`)
    const s0 = Date.now()
    try {
      await (SUITES[name] as (r: Report, o: SuiteOptions) => Promise<void>)(report, { quick, seed })
    } catch (e) {
      report.skip(name, 'whole suite', `failed: ${String(e instanceof Error ? e.message : e)}`)
    }
    console.log(`  ${name} took ${((Date.now() - s0) / 1000).toFixed(0)} s`)
  }
  const md = writeReport(report, { quick, suites, elapsedMs: Date.now() - t0, seed })
  console.log('\n' + md)
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)
