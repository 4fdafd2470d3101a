import type { Report } from '../lib/report.ts'

export async function storageSuite(report: Report, _quick: boolean): Promise<void> {
  report.skip('storage', 'suite', 'not written yet')
}
