import type { Report } from '../lib/report.ts'

export async function clientSuite(report: Report, _quick: boolean): Promise<void> {
  report.skip('client', 'suite', 'not written yet')
}
