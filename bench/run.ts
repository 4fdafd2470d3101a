/**
 * `pnpm bench [-- --suite <name>] [--quick]`: runs the suites against Causeway and its peers
 * and writes bench/results/latest(.quick).{md,json}. See bench/README.md.
 */
import { Report, writeReport } from './lib/report.ts'
import { syncSuite } from './suites/sync.ts'
import { coldLoadSuite } from './suites/cold-load.ts'
import { storageSuite } from './suites/storage.ts'
import { loopsSuite } from './suites/loops.ts'
import { clientSuite } from './suites/client.ts'

const SUITES: Record<string, (r: Report, quick: boolean) => Promise<void>> = {
  sync: syncSuite,
  'cold-load': coldLoadSuite,
  storage: storageSuite,
  loops: loopsSuite,
  client: clientSuite,
}

function parseArgs(argv: string[]): { suites: string[]; quick: boolean } {
  const suites: string[] = []
  let quick = false
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--quick') quick = true
    else if (a === '--suite') suites.push(...(argv[++i] ?? '').split(','))
    else if (a?.startsWith('--suite=')) suites.push(...a.slice(8).split(','))
  }
  for (const s of suites) {
    if (!SUITES[s]) throw new Error(`unknown suite "${s}"; one of ${Object.keys(SUITES).join(', ')}`)
  }
  return { suites: suites.length ? suites : Object.keys(SUITES), quick }
}

// y-websocket adds a process 'exit' listener per provider; the suites open many.
process.setMaxListeners(0)

async function main(): Promise<void> {
  const { suites, quick } = parseArgs(process.argv.slice(2))
  const report = new Report()
  const t0 = Date.now()
  for (const name of suites) {
    console.log(`suite ${name}${quick ? ' (quick)' : ''}`)
    const s0 = Date.now()
    try {
      await (SUITES[name] as (r: Report, q: boolean) => Promise<void>)(report, quick)
    } catch (e) {
      report.skip(name, 'whole suite', `failed: ${String(e instanceof Error ? e.message : e)}`)
    }
    console.log(`  ${name} took ${((Date.now() - s0) / 1000).toFixed(0)} s`)
  }
  const md = writeReport(report, { quick, suites, elapsedMs: Date.now() - t0 })
  console.log('\n' + md)
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e)
    process.exit(1)
  },
)
