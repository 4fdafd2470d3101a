import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { addVariable, createBoardViaApi, edgeLocator, flowPosition, newContext, openBoard, polarityButton, variable } from './helpers'

/** Adds a variable (dx, dy) screen pixels from another one's centre (the first one is fitted into view). */
async function addBeside(page: Page, anchor: string, dx: number, dy: number, label: string): Promise<void> {
  const pane = await page.locator('.react-flow__pane').boundingBox()
  const a = await variable(page, anchor).boundingBox()
  if (!pane || !a) throw new Error('no box')
  await addVariable(page, a.x + a.width / 2 - pane.x + dx, a.y + a.height / 2 - pane.y + dy, label)
}

function nodeOf(page: Page, label: string) {
  return page.locator('.react-flow__node', { has: variable(page, label) })
}

test('a loop linked from the keyboard alone: arrows and Tab choose, Enter links, + sets polarity', async ({ browser }) => {
  const context = await newContext(browser, 'Kai')
  const page = await context.newPage()
  const { editUrl } = await createBoardViaApi(page, 'Keyboard loop')
  await openBoard(page, editUrl)
  await addVariable(page, 200, 150, 'Homework')
  await addBeside(page, 'Homework', 350, 0, 'Stress')
  await addBeside(page, 'Homework', 130, 230, 'Focus')
  // Naming a variable leaves it focused: from here on, only the keyboard.
  await expect(nodeOf(page, 'Focus')).toBeFocused()
  const status = page.getByTestId('link-status')

  await page.keyboard.press('l')
  await expect(status).toHaveText(
    'Linking from Focus: choose the target with the arrow keys or Tab, Enter to link, Escape to cancel.',
  )
  await expect(status).toHaveClass('link-banner')
  await expect(page.locator('.link-preview-source')).toHaveCount(1)
  await page.keyboard.press('ArrowUp') // Homework is up and to the left, Stress further off to the right
  await expect(status).toHaveText('Focus → Homework: Enter to link, Escape to cancel.')
  await expect(page.locator('.link-preview-target')).toHaveCount(1)
  const focusBefore = await flowPosition(page, 'Focus')
  await page.keyboard.press('Enter')
  await expect(edgeLocator(page, 'Focus', 'Homework')).toHaveCount(1)
  await expect(status).toHaveText(/^Linked Focus → Homework\./)
  await expect(page.locator('.link-preview-target')).toHaveCount(0)
  // The arrow chose a target; it did not nudge the variable.
  expect(await flowPosition(page, 'Focus')).toEqual(focusBefore)
  // The new link is selected: the polarity keys act on it. Focus moved on to the target.
  await page.keyboard.press('+')
  await expect(polarityButton(page, 'Focus', 'Homework')).toHaveText('+')
  await expect(nodeOf(page, 'Homework')).toBeFocused()

  await page.keyboard.press('l')
  await page.keyboard.press('ArrowRight')
  await expect(status).toHaveText('Homework → Stress: Enter to link, Escape to cancel.')
  await page.keyboard.press('Enter')
  await expect(edgeLocator(page, 'Homework', 'Stress')).toHaveCount(1)
  await page.keyboard.press('+')
  await expect(polarityButton(page, 'Homework', 'Stress')).toHaveText('+')

  // Tab goes in reading order from the source: Homework, Stress (top row), then Focus.
  await expect(nodeOf(page, 'Stress')).toBeFocused()
  await page.keyboard.press('l')
  await page.keyboard.press('Tab')
  await expect(status).toHaveText('Stress → Focus: Enter to link, Escape to cancel.')
  await page.keyboard.press('Tab')
  await expect(status).toHaveText('Stress → Homework: Enter to link, Escape to cancel.')
  await page.keyboard.press('Shift+Tab')
  await expect(status).toHaveText('Stress → Focus: Enter to link, Escape to cancel.')
  await page.keyboard.press('Enter')
  await expect(edgeLocator(page, 'Stress', 'Focus')).toHaveCount(1)
  await page.keyboard.press('+')
  await expect(polarityButton(page, 'Stress', 'Focus')).toHaveText('+')

  const row = page.getByTestId('loop-row')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('R1')
  await expect(row).toContainText('reinforcing')
  for (const step of ['Homework → Stress', 'Stress → Focus', 'Focus → Homework']) await expect(row).toContainText(step)

  // Each link was its own undo step, its polarity another: two undos take the last link away.
  await page.keyboard.press('Control+z')
  await expect(polarityButton(page, 'Stress', 'Focus')).toHaveText('?')
  await page.keyboard.press('Control+z')
  await expect(edgeLocator(page, 'Stress', 'Focus')).toHaveCount(0)
  await expect(page.locator('.react-flow__edge')).toHaveCount(2)
  await context.close()
})

test('Escape cancels link mode without a link; a lone variable gets the self-link hint', async ({ browser }) => {
  const context = await newContext(browser, 'Lea')
  const page = await context.newPage()
  const { editUrl } = await createBoardViaApi(page, 'Cancel a link')
  await openBoard(page, editUrl)
  await addVariable(page, 300, 200, 'Sleep')
  await page.keyboard.press('l')
  await expect(page.getByRole('status').filter({ hasText: 'A link needs two different variables.' })).toBeVisible()
  await expect(page.locator('.link-preview-source')).toHaveCount(0)

  await addBeside(page, 'Sleep', -300, 0, 'Mood')
  const status = page.getByTestId('link-status')
  await page.keyboard.press('l')
  await expect(status).toContainText('Linking from Mood')
  await page.keyboard.press('ArrowLeft') // nothing that way
  await expect(status).toHaveText('No variable that way.')
  await page.keyboard.press('ArrowRight')
  await expect(status).toHaveText('Mood → Sleep: Enter to link, Escape to cancel.')
  await page.keyboard.press('Escape')
  await expect(status).toHaveText('Link cancelled.')
  await expect(status).toHaveClass('visually-hidden')
  await expect(page.locator('.link-preview-source, .link-preview-target')).toHaveCount(0)
  await expect(page.locator('.react-flow__edge')).toHaveCount(0)
  // Out of link mode, Enter does not link and the arrows nudge again.
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Label' })).toBeFocused()
  await page.keyboard.press('Escape')
  // Back on the variable, still selected (re-editing used to drop the selection).
  await expect(nodeOf(page, 'Mood')).toBeFocused()
  await expect(nodeOf(page, 'Mood')).toHaveClass(/\bselected\b/)
  const before = await flowPosition(page, 'Mood')
  await page.keyboard.press('ArrowRight')
  await expect.poll(async () => (await flowPosition(page, 'Mood')).x).toBe(before.x + 1)
  await expect(page.locator('.react-flow__edge')).toHaveCount(0)
  await context.close()
})

test('with two variables selected, L links the first selected to the second at once', async ({ browser }) => {
  const context = await newContext(browser, 'Max')
  const page = await context.newPage()
  const { editUrl } = await createBoardViaApi(page, 'Two selected')
  await openBoard(page, editUrl)
  await addVariable(page, 250, 200, 'Cause')
  await addBeside(page, 'Cause', 300, 0, 'Effect')
  // Selected in the opposite order to the board's: the link follows the selection order.
  await variable(page, 'Effect').click()
  await variable(page, 'Cause').click({ modifiers: ['Shift'] })
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2)
  await page.keyboard.press('l')
  await expect(edgeLocator(page, 'Effect', 'Cause')).toHaveCount(1)
  await expect(edgeLocator(page, 'Cause', 'Effect')).toHaveCount(0)
  await expect(page.getByTestId('link-status')).toHaveText(/^Linked Effect → Cause\./)
  await page.keyboard.press('p')
  await expect(polarityButton(page, 'Effect', 'Cause')).toHaveText('+')
  await context.close()
})

test('between a cloud and a stock, a keyboard link starts as a pipe, as a drawn one does', async ({ browser }) => {
  const context = await newContext(browser, 'Pia')
  const page = await context.newPage()
  const { editUrl } = await createBoardViaApi(page, 'Keyboard pipe', 'stock-and-flow')
  await openBoard(page, editUrl)
  const stock = 'Students in the programme'
  const sink = page.locator('.react-flow__node-cloud').filter({ hasText: 'Sink' })
  await expect(sink).toBeVisible()
  await sink.click()
  await page.locator('.react-flow__node-stock').click({ modifiers: ['Shift'] })
  await page.keyboard.press('l')
  await expect(page.locator(`.react-flow__edge-pipe[aria-label="Pipe Sink → ${stock}"]`)).toHaveCount(1)
  await expect(page.getByTestId('link-status')).toHaveText(/^Linked Sink → .* as a pipe\. Press F/)
  await context.close()
})

test('an empty board shows how to start, lets double-clicks through, and hides it once there is a node', async ({ browser }) => {
  const editor = await newContext(browser, 'Noa')
  const page = await editor.newPage()
  const { editUrl, viewUrl } = await createBoardViaApi(page, 'Empty at first')
  await openBoard(page, editUrl)
  const hint = page.getByTestId('empty-board-hint')
  await expect(hint).toBeVisible()
  await expect(hint).toContainText('Double-click anywhere to add a variable, or press N')
  await expect(hint).toContainText('“Add template”')

  const viewer = await newContext(browser, 'Oli')
  const view = await viewer.newPage()
  await openBoard(view, viewUrl)
  const viewHint = view.getByTestId('empty-board-hint')
  await expect(viewHint).toHaveText('Nothing on this board yet. What others add appears here as they draw.')

  // A double-click right on the hint reaches the canvas underneath.
  const box = await hint.locator('p').boundingBox()
  const pane = await page.locator('.react-flow__pane').boundingBox()
  if (!box || !pane) throw new Error('no box')
  await addVariable(page, box.x + box.width / 2 - pane.x, box.y + box.height / 2 - pane.y, 'First idea')
  await expect(hint).toHaveCount(0)
  await expect(viewHint).toHaveCount(0)

  // Empty again: the hint comes back.
  await page.keyboard.press('Delete')
  await expect(variable(page, 'First idea')).toHaveCount(0)
  await expect(hint).toBeVisible()
  await editor.close()
  await viewer.close()
})
