import { expect, test } from '@playwright/test'
import { addVariable, createBoardViaApi, createBoardViaHome, flowPosition, link, newContext, openBoard, polarityButton } from './helpers'

test('a three-variable loop shows as R1, and as B1 once one link is −, keeping its name', async ({ browser }) => {
  const context = await newContext(browser, 'Ana')
  const page = await context.newPage()
  // The search runs off the main thread, so drawing never waits for it.
  const loopWorker = page.waitForEvent('worker', (w) => /loops\.worker/.test(w.url()))
  await createBoardViaHome(page, 'Homework loop')
  await loopWorker

  const panel = page.getByTestId('loops-panel')
  await expect(panel.getByText('No loops yet')).toBeVisible()

  await addVariable(page, 200, 150, 'Homework')
  await addVariable(page, 550, 150, 'Stress')
  await addVariable(page, 375, 420, 'Focus')
  await link(page, 'Homework', 'Stress')
  await link(page, 'Stress', 'Focus')
  await link(page, 'Focus', 'Homework')
  for (const [from, to] of [
    ['Homework', 'Stress'],
    ['Stress', 'Focus'],
    ['Focus', 'Homework'],
  ] as const) {
    await polarityButton(page, from, to).click() // ? → +
    await expect(polarityButton(page, from, to)).toHaveText('+')
  }

  const row = page.getByTestId('loop-row')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('R1')
  await expect(row).toContainText('reinforcing')
  // The path starts wherever the loop's key does; every link of the cycle is in it, in order.
  for (const step of ['Homework → Stress', 'Stress → Focus', 'Focus → Homework']) await expect(row).toContainText(step)
  await expect(page.getByTestId('loop-badge')).toHaveText(/R1/)

  // Hovering a row highlights the loop's three links on the canvas.
  await row.hover()
  await expect(page.locator('.causal-edge.is-highlighted')).toHaveCount(3)

  await row.getByRole('textbox', { name: 'Name' }).fill('Homework spiral')
  await page.keyboard.press('Enter')

  await polarityButton(page, 'Stress', 'Focus').click() // + → −
  await expect(polarityButton(page, 'Stress', 'Focus')).toHaveText('−')
  await expect(row).toContainText('B1')
  await expect(row).toContainText('balancing')
  await expect(row).not.toContainText('R1')
  await expect(page.getByTestId('loop-badge')).toHaveText(/B1/)
  // The loop is the same cycle of variables, so the name people gave it stays.
  await expect(row.getByRole('textbox', { name: 'Name' })).toHaveValue('Homework spiral')

  await page.reload()
  await expect(page.getByTestId('loop-row')).toContainText('B1')
  await expect(page.getByTestId('loop-row').getByRole('textbox', { name: 'Name' })).toHaveValue('Homework spiral')
  await context.close()
})

test('the outline lists links and loops in words, and tidy layout is one undo step', async ({ browser }) => {
  const context = await newContext(browser, 'Ben')
  const page = await context.newPage()
  const { editUrl } = await createBoardViaApi(page, 'Tidy me')
  await openBoard(page, editUrl)
  await addVariable(page, 150, 120, 'Screen time')
  await addVariable(page, 600, 380, 'Sleep')
  await addVariable(page, 200, 420, 'Mood')
  await link(page, 'Screen time', 'Sleep')
  await link(page, 'Sleep', 'Mood')
  await link(page, 'Mood', 'Screen time')
  await expect(page.getByTestId('loop-row')).toContainText('U1')
  await expect(page.getByTestId('loop-row')).toContainText('undecided')

  await page.getByRole('button', { name: 'Outline' }).click()
  const dialog = page.getByRole('dialog', { name: /Board outline/ })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Screen time affects Sleep (?)')
  await expect(dialog.getByTestId('outline-loops')).toContainText(/U1: .*, undecided/)
  // Loop by loop: under the loop, the three links that close it, as sentences.
  await expect(dialog.getByTestId('outline-loops').locator('li li')).toHaveText([
    /affects .* \(\?\)/,
    /affects .* \(\?\)/,
    /affects .* \(\?\)/,
  ])
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  const labels = ['Screen time', 'Sleep', 'Mood']
  const positions = () => Promise.all(labels.map((l) => flowPosition(page, l)))
  const before = await positions()
  await page.getByRole('button', { name: 'Tidy layout' }).click()
  await expect.poll(async () => JSON.stringify(await positions())).not.toBe(JSON.stringify(before))
  const after = await positions()
  // Layered left to right: no two variables share a spot.
  expect(new Set(after.map((p) => `${p.x},${p.y}`)).size).toBe(3)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(async () => JSON.stringify(await positions())).toBe(JSON.stringify(before))
  await context.close()
})

test('a view-only visitor sees loops and can export, but cannot rename, import or tidy', async ({ browser }) => {
  const editor = await newContext(browser, 'Ana')
  const page = await editor.newPage()
  const { editUrl, viewUrl } = await createBoardViaApi(page, 'Read only loops')
  await openBoard(page, editUrl)
  await addVariable(page, 200, 200, 'Trust')
  await addVariable(page, 550, 300, 'Sharing')
  await link(page, 'Trust', 'Sharing')
  await link(page, 'Sharing', 'Trust')
  await page.getByTestId('loop-row').getByRole('textbox', { name: 'Name' }).fill('Openness')
  await page.keyboard.press('Tab') // leaving the field saves the name

  const viewer = await newContext(browser, 'Cleo')
  const view = await viewer.newPage()
  await openBoard(view, viewUrl)
  const row = view.getByTestId('loop-row')
  await expect(row).toContainText('U1')
  await expect(row).toContainText('Openness')
  await expect(row.getByRole('textbox')).toHaveCount(0)
  await expect(view.getByRole('button', { name: 'Tidy layout' })).toHaveCount(0)
  await view.getByRole('button', { name: 'Export' }).click()
  await expect(view.getByRole('menuitem', { name: 'Download drawing (SVG)' })).toBeVisible()
  await expect(view.getByRole('menuitem', { name: 'Import board file…' })).toHaveCount(0)
  await view.keyboard.press('Escape')
  await expect(view.getByRole('menu')).toHaveCount(0)
  await expect(view.getByRole('button', { name: 'Export' })).toBeFocused()
  await editor.close()
  await viewer.close()
})

test('tabbing through a loop name never writes back an old name, and Escape cancels a rename', async ({ browser }) => {
  const a = await newContext(browser, 'Ana')
  const b = await newContext(browser, 'Ben')
  const pageA = await a.newPage()
  const pageB = await b.newPage()
  const { editUrl } = await createBoardViaApi(pageA, 'Loop names', 'fixes-that-fail')
  await openBoard(pageA, editUrl)
  await openBoard(pageB, editUrl)
  const key = await pageA.getByTestId('loop-row').first().getAttribute('data-loop-key')
  const row = (page: typeof pageA) => page.locator(`[data-testid="loop-row"][data-loop-key="${key}"]`)
  const nameA = row(pageA).getByRole('textbox', { name: 'Name' })
  const nameB = row(pageB).getByRole('textbox', { name: 'Name' })

  // Ana's focus sits in the field (keyboard users tab through rows to highlight loops)…
  await nameA.focus()
  await nameB.fill('Quick fix')
  await pageB.keyboard.press('Enter')
  // …she sees Ben's rename arrive, and leaving the field without typing keeps it.
  await expect(nameA).toHaveValue('Quick fix')
  await pageA.keyboard.press('Tab')

  await nameA.fill('Oops')
  await pageA.keyboard.press('Escape')
  await expect(nameA).toHaveValue('Quick fix')
  // A later edit from Ana reaching Ben proves whatever she wrote before it has arrived too.
  await row(pageA).getByRole('textbox', { name: 'Note' }).fill('Check it next week')
  await pageA.keyboard.press('Control+Enter')
  await expect(row(pageB).getByRole('textbox', { name: 'Note' })).toHaveValue('Check it next week')
  await expect(nameB).toHaveValue('Quick fix')
  await expect(nameA).toHaveValue('Quick fix')
  await a.close()
  await b.close()
})
