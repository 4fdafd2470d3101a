import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { addVariable, createBoardViaApi, link, newContext, openBoard, polarityButton } from './helpers'

async function exportAs(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: item }).click()
  const d = await download
  const path = await d.path()
  return { name: d.suggestedFilename(), bytes: await readFile(path) }
}

async function importFile(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'Export' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Import board file…' }).click()
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
}

test('exports PNG, SVG and JSON; a bad import changes nothing, a good one adds the content', async ({ browser }) => {
  const context = await newContext(browser, 'Ana')
  const page = await context.newPage()
  const { editUrl } = await createBoardViaApi(page, 'Sleep & <stress>')
  await openBoard(page, editUrl)
  await addVariable(page, 250, 200, 'Sleep')
  await addVariable(page, 600, 200, 'Stress')
  await link(page, 'Sleep', 'Stress')
  await polarityButton(page, 'Sleep', 'Stress').click()
  await link(page, 'Stress', 'Sleep')
  await polarityButton(page, 'Stress', 'Sleep').click()
  await expect(page.getByTestId('loop-row')).toContainText('R1')

  const png = await exportAs(page, 'Download picture (PNG)')
  expect(png.name).toBe('Sleep & -stress-.png')
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))

  const svg = await exportAs(page, 'Download drawing (SVG)')
  expect(svg.name).toBe('Sleep & -stress-.svg')
  const svgText = svg.bytes.toString('utf8')
  expect(svgText).toContain('<svg')
  expect(svgText).toContain('>Sleep</tspan>')
  expect(svgText).toContain('>R1</text>')

  const json = await exportAs(page, 'Download board file (JSON)')
  expect(json.name).toBe('Sleep & -stress-.causeway.json')
  const board = JSON.parse(json.bytes.toString('utf8')) as { nodes: unknown[]; edges: unknown[] }
  expect(board.nodes).toHaveLength(2)
  expect(board.edges).toHaveLength(2)

  const variables = page.getByTestId('variable')
  await expect(variables).toHaveCount(2)
  const bad = { format: 'causeway.board', version: 1, nodes: [{ id: 'n', kind: 'variable', label: 'X', y: 0 }], edges: [] }
  await importFile(page, 'bad.causeway.json', JSON.stringify(bad))
  const report = page.getByRole('alert').filter({ hasText: 'Could not import this file' })
  await expect(report).toBeVisible()
  await expect(report).toContainText('nodes[0].x')
  await expect(report).toContainText('Nothing was changed')
  await expect(variables).toHaveCount(2)
  await report.getByRole('button', { name: 'Dismiss' }).click()

  await importFile(page, 'notjson.json', '{ nope')
  await expect(page.getByRole('alert').filter({ hasText: 'Not valid JSON' })).toBeVisible()
  await expect(variables).toHaveCount(2)

  // The exported file imports as a copy beside the original: two more variables, a second loop.
  await importFile(page, json.name, json.bytes.toString('utf8'))
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 items and 2 links.' })).toBeVisible()
  await expect(variables).toHaveCount(4)
  await expect(page.getByTestId('loop-row')).toHaveCount(2)
  // One import is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(variables).toHaveCount(2)
  await context.close()
})
