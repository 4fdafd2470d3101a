import { expect, test } from '@playwright/test'
import { HABIT_LIST, templates } from '../../packages/templates/src/index.ts'
import { createBoardViaApi, newContext, openBoard } from './helpers'

/** Loop counts from FRAMEWORK.md ("Archetypes as causal-loop structures"). */
const EXPECTED_LOOPS: Record<string, { R: number; B: number }> = {
  'fixes-that-fail': { R: 1, B: 1 },
  'shifting-the-burden': { R: 1, B: 2 },
  'limits-to-growth': { R: 1, B: 1 },
  'eroding-goals': { R: 0, B: 2 },
  escalation: { R: 0, B: 2 },
  'success-to-the-successful': { R: 2, B: 0 },
  'tragedy-of-the-commons': { R: 2, B: 2 },
  'growth-and-underinvestment': { R: 1, B: 2 },
}

test('the gallery shows a card for every built-in template, with its habits and notes', async ({ browser }) => {
  const context = await newContext(browser, 'Facilitator')
  const page = await context.newPage()
  await page.goto('/')
  for (const tpl of templates) {
    const card = page.getByTestId(`template-card-${tpl.id}`)
    await expect(card).toBeVisible()
    await expect(card.getByRole('heading', { name: tpl.title })).toBeVisible()
    await expect(card.getByRole('img', { name: `Preview of ${tpl.title}` })).toBeVisible()
  }
  const card = page.getByTestId('template-card-iceberg')
  const notes = card.getByText('Facilitator notes')
  await notes.click()
  await expect(card.locator('.template-notes p')).toBeVisible()
  await page.screenshot({ path: 'test-results/templates/gallery.png' })
  await context.close()
})

for (const tpl of templates) {
  test(`start a board from "${tpl.id}" through the gallery`, async ({ browser }) => {
    const context = await newContext(browser, 'Facilitator')
    const page = await context.newPage()
    await page.goto('/')
    await page.getByTestId(`template-card-${tpl.id}`).getByRole('button', { name: `Start a board from ${tpl.title}` }).click()
    await page.waitForURL(/\/b\/[^/]+/)
    await expect(page.locator('.react-flow__pane')).toBeVisible()

    // Every node of the template is on the canvas, and the labelled ones show their label.
    await expect(page.locator('.react-flow__node')).toHaveCount(tpl.content.nodes.length)
    for (const n of tpl.content.nodes.filter((n) => n.label.trim()).slice(0, 6)) {
      await expect(page.locator('.react-flow__node').filter({ hasText: n.label.trim().slice(0, 30) }).first()).toBeVisible()
    }
    await expect(page.locator('.react-flow__edge')).toHaveCount(tpl.content.edges.length)

    const loops = EXPECTED_LOOPS[tpl.id]
    if (loops) {
      const rows = page.getByTestId('loop-row')
      await expect(rows).toHaveCount(loops.R + loops.B)
      await expect(rows.filter({ has: page.locator('.loop-badge--R') })).toHaveCount(loops.R)
      await expect(rows.filter({ has: page.locator('.loop-badge--B') })).toHaveCount(loops.B)
    } else if (tpl.id === 'accidental-adversaries') {
      await expect(page.getByTestId('loop-row').filter({ has: page.locator('.loop-badge--R') })).not.toHaveCount(0)
    }
    await page.screenshot({ path: `test-results/templates/${tpl.id}.png` })
    await context.close()
  })
}

test('a template added to an existing board lands beside its content as one undo step', async ({ browser }) => {
  const context = await newContext(browser, 'Facilitator')
  const page = await context.newPage()
  await page.goto('/')
  await page.getByTestId('template-card-fixes-that-fail').getByRole('button', { name: /Start a board/ }).click()
  await page.waitForURL(/\/b\/[^/]+/)
  const nodes = page.locator('.react-flow__node')
  const before = templates.find((t) => t.id === 'fixes-that-fail')!.content.nodes.length
  await expect(nodes).toHaveCount(before)

  await page.getByTestId('add-template').click()
  const dialog = page.getByRole('dialog', { name: 'Add a template to this board' })
  const iceberg = templates.find((t) => t.id === 'iceberg')!
  await dialog.getByRole('button', { name: `Add ${iceberg.title} to this board` }).click()
  await expect(nodes).toHaveCount(before + iceberg.content.nodes.length)

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(nodes).toHaveCount(before)
  await context.close()
})

test('a board saved as a custom template can be shared by link and started from', async ({ browser }) => {
  const context = await newContext(browser, 'Facilitator')
  const page = await context.newPage()
  await page.goto('/')
  await page.getByTestId('template-card-eroding-goals').getByRole('button', { name: /Start a board/ }).click()
  await page.waitForURL(/\/b\/[^/]+/)
  const count = templates.find((t) => t.id === 'eroding-goals')!.content.nodes.length
  await expect(page.locator('.react-flow__node')).toHaveCount(count)

  await page.getByTestId('save-template').click()
  await page.getByLabel('Template title').fill('Our goals workshop')
  await page.getByRole('button', { name: 'Save template' }).click()
  const share = page.getByTestId('template-share-url')
  await expect(share).toHaveValue(/\/\?template=custom-/)
  const shareUrl = new URL(await share.inputValue())

  const other = await newContext(browser, 'Teacher')
  const p2 = await other.newPage()
  await p2.goto(shareUrl.pathname + shareUrl.search)
  const card = p2.locator('[data-testid^="template-card-custom-"]')
  await expect(card.getByRole('heading', { name: 'Our goals workshop' })).toBeVisible()
  await card.getByRole('button', { name: /Start a board/ }).click()
  await p2.waitForURL(/\/b\/[^/]+/)
  await expect(p2.locator('.react-flow__node')).toHaveCount(count)
  await expect(p2.getByTestId('loop-row')).toHaveCount(2)
  await other.close()
  await context.close()
})

test('a template file downloaded after saving can be uploaded from the gallery, with its ages, habits and notes', async ({ browser }) => {
  const eroding = templates.find((t) => t.id === 'eroding-goals')!
  const habits = [HABIT_LIST[4]!, HABIT_LIST[12]!]
  const context = await newContext(browser, 'Facilitator')
  const page = await context.newPage()
  await openBoard(page, (await createBoardViaApi(page, 'Goals', 'eroding-goals')).editUrl)
  await expect(page.locator('.react-flow__node')).toHaveCount(eroding.content.nodes.length)

  await page.getByTestId('save-template').click()
  const dialog = page.getByRole('dialog', { name: 'Save this board as a template' })
  await dialog.getByLabel('Template title').fill('Our goals file')
  await expect(dialog.getByLabel('Age range')).toHaveValue('all ages')
  await dialog.getByLabel('Age range').fill('11–14')
  await dialog.getByLabel(/Facilitator notes/).fill('Pairs first, then the whole class.')
  const group = dialog.getByRole('group', { name: 'Habits of a Systems Thinker it practises' })
  for (const h of habits) await group.getByLabel(h).check()
  await page.screenshot({ path: 'test-results/templates/save-dialog.png' })
  await dialog.getByRole('button', { name: 'Save template' }).click()
  const savedId = new URL(await page.getByTestId('template-share-url').inputValue()).searchParams.get('template')

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'Download template file' }).click()])
  expect(download.suggestedFilename()).toBe('our-goals-file.causeway-template.json')
  const file = test.info().outputPath('our-goals-file.causeway-template.json')
  await download.saveAs(file)
  await context.close()

  // Another facilitator (think: another school's server) uses the file from the home page.
  const other = await newContext(browser, 'Teacher')
  const p2 = await other.newPage()
  // Waiting starts before an awaited step: Playwright turns file-chooser interception on
  // asynchronously, and a click that wins that race opens a real (invisible) picker instead.
  const chooser = p2.waitForEvent('filechooser')
  await p2.goto('/')
  await p2.getByRole('button', { name: 'Use a template file…' }).click()
  await (await chooser).setFiles(file)
  const uploaded = p2.getByTestId('template-uploaded')
  const card = uploaded.locator('[data-testid^="template-card-custom-"]')
  await expect(card.getByRole('heading', { name: 'Our goals file' })).toBeVisible()
  await expect(card).not.toHaveAttribute('data-testid', `template-card-${savedId}`)
  await expect(card.getByText('Ages 11–14')).toBeVisible()
  for (const h of habits) await expect(card.getByRole('listitem').filter({ hasText: h })).toBeVisible()
  await card.getByText('Facilitator notes').click()
  await expect(card.getByText('Pairs first, then the whole class.')).toBeVisible()
  await expect(uploaded.getByLabel('Share link for this template')).toHaveValue(/\/\?template=custom-/)
  await p2.screenshot({ path: 'test-results/templates/uploaded.png' })

  await card.getByRole('button', { name: 'Start a board from Our goals file' }).click()
  await p2.waitForURL(/\/b\/[^/]+/)
  await expect(p2.locator('.react-flow__node')).toHaveCount(eroding.content.nodes.length)
  for (const n of eroding.content.nodes.filter((n) => n.label.trim()).slice(0, 4))
    await expect(p2.locator('.react-flow__node').filter({ hasText: n.label.trim().slice(0, 30) }).first()).toBeVisible()
  await expect(p2.getByTestId('loop-row')).toHaveCount(2)
  await other.close()
})

test('a broken template file is refused in the page with the path of each problem, and no card appears', async ({ browser }) => {
  const iceberg = templates.find((t) => t.id === 'iceberg')!
  const bad = iceberg.content.nodes.length
  const broken = {
    ...iceberg,
    content: { ...iceberg.content, nodes: [...iceberg.content.nodes, { id: 'n1', kind: 'note', label: 'x', x: 0, y: 0, parent: iceberg.content.nodes[0]!.id, level: 'deep' }] },
  }
  const context = await newContext(browser, 'Facilitator')
  const page = await context.newPage()
  await page.goto('/')
  const error = page.getByTestId('template-file-error')

  // From the keyboard: the button opens the file picker.
  // (Waiting starts before the awaited focus, as above.)
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Use a template file…' }).focus()
  await page.keyboard.press('Enter')
  await (await chooser).setFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) })
  await expect(error).toContainText('This template file cannot be used:')
  await expect(error).toContainText(`content.nodes[${bad}].level: Expected one of events, patterns`)
  await expect(page.getByTestId('template-uploaded')).toHaveCount(0)
  await expect(page.locator('[data-testid^="template-card-custom-"]')).toHaveCount(0)
  await page.getByTestId('template-file-error').screenshot({ path: 'test-results/templates/upload-error.png' })

  // Not JSON, dropped onto the gallery.
  const dropped = await page.evaluateHandle(() => {
    const dt = new DataTransfer()
    dt.items.add(new File(['<html>not a template</html>'], 'page.html', { type: 'text/html' }))
    return dt
  })
  await page.locator('.template-gallery').dispatchEvent('dragover', { dataTransfer: dropped })
  await page.locator('.template-gallery').dispatchEvent('drop', { dataTransfer: dropped })
  await expect(error).toContainText('This is not a template file: it is not valid JSON')

  // Past this server's limit (MAX_JSON_BYTES, 64 KB by default): refused before it is read or sent.
  let posted = false
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/api/templates')) posted = true
  })
  await page.getByTestId('template-file-input').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(100 * 1024, 32) })
  await expect(error).toContainText('This file is too big: this server takes template files up to 64 KB.')
  expect(posted).toBe(false)
  await expect(page.locator('[data-testid^="template-card-custom-"]')).toHaveCount(0)
  await context.close()
})
