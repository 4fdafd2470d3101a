import { expect, test } from '@playwright/test'
import { templates } from '../../packages/templates/src/index.ts'
import { newContext } from './helpers'

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
