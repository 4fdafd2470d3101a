import type { Report } from '../lib/report.ts'

export async function loopsSuite(report: Report, _quick: boolean): Promise<void> {
  report.skip('loops', 'suite', 'not written yet')
}
