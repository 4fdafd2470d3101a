import { readFile } from 'node:fs/promises'
import { inflateSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { createBoardViaApi, newContext, openBoard, variable } from './helpers'

/** Drops a file on the canvas the way a browser does: a real drop event carrying a DataTransfer. */
async function dropFile(page: Page, name: string, text: string, type = 'text/plain') {
  const data = await page.evaluateHandle(
    ([n, t, m]) => {
      const dt = new DataTransfer()
      dt.items.add(new File([t], n, { type: m }))
      return dt
    },
    [name, text, type] as const,
  )
  const pane = page.locator('.react-flow__pane')
  await pane.dispatchEvent('dragenter', { dataTransfer: data })
  await expect(page.getByTestId('drop-overlay')).toBeVisible()
  await pane.dispatchEvent('drop', { dataTransfer: data })
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0)
}

/** Opens the Export menu, picks the given options, then the item, and reads the download. */
async function exportAs(page: Page, item: string, options: string[] = []) {
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  for (const o of options) {
    await page.getByRole('menuitemradio', { name: o }).click()
    await expect(page.getByRole('menuitemradio', { name: o })).toHaveAttribute('aria-checked', 'true')
  }
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: item }).click()
  const d = await download
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) }
}

/** Width, height and the first pixel's alpha of a PNG (row 0's first pixel is stored unfiltered-equivalent). */
function pngInfo(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  const colourType = png[25]
  const idat: Buffer[] = []
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at)
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len))
    at += 12 + len
  }
  const raw = inflateSync(Buffer.concat(idat))
  const alpha = colourType === 6 ? raw[4]! : 255
  return { width, height, alpha }
}

const CSV = 'source,target,polarity,delay\nHomework,Stress,+,false\nStress,Homework,+,false\nStress,Sleep,-,true\nSleep,Stress,+,false\n'

const KUMU = JSON.stringify({
  elements: [{ label: 'Exercise' }, { label: 'Energy' }, { label: 'Mood' }],
  connections: [
    { from: 'Exercise', to: 'Energy', polarity: '+' },
    { from: 'Energy', to: 'Mood', polarity: '+' },
    { from: 'Mood', to: 'Exercise', polarity: '+' },
    { from: 'Energy', to: 'Exercise', polarity: '-' },
  ],
})

test('dropped CSV and Kumu files land in new frames with their loops; bad files change nothing', async ({ browser }) => {
  const context = await newContext(browser, 'Ana')
  const page = await context.newPage()
  const { editUrl } = await createBoardViaApi(page, 'Imports')
  await openBoard(page, editUrl)
  const variables = page.getByTestId('variable')
  const rows = page.getByTestId('loop-row')
  const frames = page.locator('.kind-frame')

  await dropFile(page, 'homework.csv', CSV, 'text/csv')
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 items and 4 links.' })).toContainText('"homework"')
  await expect(variables).toHaveCount(3)
  for (const label of ['Homework', 'Stress', 'Sleep']) await expect(variable(page, label)).toBeVisible()
  await expect(frames).toHaveCount(1)
  await expect(page.getByRole('group', { name: 'Frame: homework', exact: true })).toBeVisible()
  await expect(rows).toHaveCount(2)
  await expect(rows.filter({ hasText: 'R1' })).toContainText('Homework → Stress')
  await expect(rows.filter({ hasText: 'B1' })).toContainText('Sleep')

  await dropFile(page, 'wellbeing.json', KUMU, 'application/json')
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 items and 4 links.' })).toContainText('"wellbeing"')
  await expect(variables).toHaveCount(6)
  await expect(variable(page, 'Mood')).toBeVisible()
  await expect(frames).toHaveCount(2)
  await expect(rows).toHaveCount(4)
  // Numbering follows the loop search's order, so check each loop by its path and type.
  await expect(rows.filter({ hasText: 'Mood' })).toContainText('reinforcing')
  await expect(rows.filter({ hasText: /Exercise → Energy → Exercise|Energy → Exercise → Energy/ })).toContainText('balancing')
  for (const label of ['R1', 'R2', 'B1', 'B2']) await expect(rows.filter({ hasText: label })).toHaveCount(1)

  // A file with a mistake: the error names the line, and nothing is added.
  await dropFile(page, 'broken.csv', 'source,target,polarity\nA,B,sideways\n', 'text/csv')
  const report = page.getByRole('alert').filter({ hasText: 'Could not import this file' })
  await expect(report).toContainText('line 2')
  await expect(report).toContainText('Nothing was changed')
  await expect(variables).toHaveCount(6)
  await expect(frames).toHaveCount(2)
  await report.getByRole('button', { name: 'Dismiss' }).click()

  await dropFile(page, 'notes.txt', 'just some words')
  await expect(page.getByRole('alert').filter({ hasText: 'Could not tell what kind of file' })).toBeVisible()
  await expect(variables).toHaveCount(6)

  // Each import is one undo step: frame and content go together.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(variables).toHaveCount(3)
  await expect(frames).toHaveCount(1)
  await expect(rows).toHaveCount(2)
  await context.close()
})

test('exports PNG and SVG (board or selection, white or transparent, 1×/2×), PDF, Mermaid and an embed snippet', async ({ browser }) => {
  const context = await newContext(browser, 'Ana')
  const page = await context.newPage()
  const { editUrl, viewUrl } = await createBoardViaApi(page, 'Homework & <stress>')
  await openBoard(page, editUrl)
  await dropFile(page, 'homework.csv', CSV, 'text/csv')
  await expect(page.getByTestId('loop-row')).toHaveCount(2)

  const png2 = await exportAs(page, 'Download picture (PNG)', ['Whole board', 'White background', 'PNG size 2×'])
  expect(png2.name).toBe('Homework & -stress-.png')
  const big = pngInfo(png2.bytes)
  expect(big.alpha).toBe(255)
  const png1 = await exportAs(page, 'Download picture (PNG)', ['PNG size 1×', 'Transparent background'])
  const small = pngInfo(png1.bytes)
  expect(Math.abs(small.width * 2 - big.width)).toBeLessThanOrEqual(2)
  expect(Math.abs(small.height * 2 - big.height)).toBeLessThanOrEqual(2)
  expect(small.alpha).toBe(0)

  const svg = await exportAs(page, 'Download drawing (SVG)', ['White background'])
  const text = svg.bytes.toString('utf8')
  expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  expect(text).toContain('>Homework</tspan>')
  expect(text).toContain('>R1</text>')
  expect(text).toContain('>B1</text>')
  expect(text).toContain('&#60;stress&#62;')
  expect(text).toContain('<rect class="paper"')
  expect(text.match(/<g class="node" data-kind="variable"/g)).toHaveLength(3)

  // Only the selected variable, on no paper.
  await variable(page, 'Sleep').click()
  const part = await exportAs(page, 'Download drawing (SVG)', ['Selection only', 'Transparent background'])
  expect(part.name).toBe('Homework & -stress--selection.svg')
  const partText = part.bytes.toString('utf8')
  expect(partText.match(/<g class="node"/g)).toHaveLength(1)
  expect(partText).toContain('>Sleep</tspan>')
  expect(partText).not.toContain('class="paper"')

  const pdf = await exportAs(page, 'Download document (PDF)', ['Whole board'])
  expect(pdf.name).toBe('Homework & -stress-.pdf')
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  // One page for the one frame, one for the outline and loops.
  const pdfText = pdf.bytes.toString('latin1')
  expect(pdfText).toContain('/Count 2')
  // The outline page carries its words as (invisible) text too, so the PDF is searchable.
  expect(pdfText).toContain('Homework increases Stress \\(+\\)) Tj')
  expect(pdfText).toMatch(/R1: [^)]*reinforcing\) Tj/)

  const mermaid = await exportAs(page, 'Mermaid')
  expect(mermaid.name).toBe('Homework & -stress-.mmd')
  expect(mermaid.bytes.toString('utf8')).toContain('flowchart LR')

  // The view token is not on this device (the board came from the API): paste the view link.
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: 'Embed in a web page…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Embed this board' })
  await expect(dialog).toContainText('known only on the device that created this board')
  const absoluteView = new URL(viewUrl, page.url()).toString()
  await dialog.getByLabel('View-only link').fill(absoluteView)
  await expect(dialog.getByLabel('Embed code')).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/b\/[^"]+#t=[^"]+" title="Homework &#38; &#60;stress&#62;"/)
  await dialog.getByRole('button', { name: 'Close' }).click()

  // Keyboard: open with ↓, options toggle in place with Enter, Escape returns to the button.
  const exportButton = page.getByRole('button', { name: 'Export', exact: true })
  await exportButton.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('menuitem', { name: 'Download picture (PNG)' })).toBeFocused()
  const whole = page.getByRole('menuitemradio', { name: 'Whole board' })
  while (!(await whole.evaluate((el) => el === document.activeElement))) await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(whole).toHaveAttribute('aria-checked', 'true')
  await page.keyboard.press('End')
  await expect(page.getByRole('menuitem', { name: 'Import board file…' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toHaveCount(0)
  await expect(exportButton).toBeFocused()

  // The file picker takes the other formats too: a Graphviz file becomes a third and fourth variable.
  await exportButton.click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Import board file…' }).click()
  const dot = 'digraph "Sleep" {\n  a [label="Screen time"];\n  b [label="Sleep"];\n  a -> b [label="-"];\n}\n'
  await (await chooser).setFiles({ name: 'screens.gv', mimeType: 'text/plain', buffer: Buffer.from(dot) })
  await expect(page.getByRole('status').filter({ hasText: 'Imported 2 items and 1 link.' })).toContainText('"screens"')
  await expect(variable(page, 'Screen time')).toBeVisible()
  await expect(page.locator('.kind-frame')).toHaveCount(2)
  await context.close()
})

test('a view-only visitor who drops a file stays on the board and is told why nothing was imported', async ({ browser }) => {
  const context = await newContext(browser, 'Cleo')
  const page = await context.newPage()
  const { viewUrl } = await createBoardViaApi(page, 'Look, do not touch')
  await openBoard(page, viewUrl)
  const url = page.url()
  const data = await page.evaluateHandle(() => {
    const dt = new DataTransfer()
    dt.items.add(new File(['source,target\nA,B\n'], 'links.csv', { type: 'text/csv' }))
    return dt
  })
  await page.locator('.react-flow__pane').dispatchEvent('drop', { dataTransfer: data })
  await expect(page.getByRole('alert').filter({ hasText: 'view-only' })).toBeVisible()
  await expect(page.getByTestId('variable')).toHaveCount(0)
  expect(page.url()).toBe(url)
  await context.close()
})
