import type { Report } from '../lib/report.ts'

export async function coldLoadSuite(report: Report, _quick: boolean): Promise<void> {
  report.skip('cold-load', 'suite', 'not written yet')
}
