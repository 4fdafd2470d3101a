import { expect, test } from '@playwright/test'
import { addVariable, createBoardViaHome, link, newContext, polarityButton } from './helpers'

test('a three-variable loop shows as R1, and as B1 once one link is −, keeping its name', async ({ browser }) => {
  const context = await newContext(browser, 'Ana')
  const page = await context.newPage()
  await createBoardViaHome(page, 'Homework loop')

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
