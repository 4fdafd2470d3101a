import { expect, test } from '@playwright/test'
import { addVariable, createBoardViaApi, dragBy, flowPosition, link, newContext, openBoard, polarityButton, variable } from './helpers'

test('Ctrl+Z undoes only my own change, never someone else’s', async ({ browser }) => {
  const a = await newContext(browser, 'Ana')
  const b = await newContext(browser, 'Ben')
  const pageA = await a.newPage()
  const pageB = await b.newPage()
  const { editUrl } = await createBoardViaApi(pageA, 'Undo')
  await openBoard(pageA, editUrl)
  await openBoard(pageB, editUrl)

  await addVariable(pageA, 200, 200, 'X')
  await expect(variable(pageB, 'X')).toBeVisible()
  await addVariable(pageB, 500, 300, 'Y')
  await expect(variable(pageA, 'Y')).toBeVisible()

  await pageA.keyboard.press('Control+z')
  await expect(variable(pageA, 'X')).toHaveCount(0)
  await expect(variable(pageB, 'X')).toHaveCount(0)
  await expect(variable(pageA, 'Y')).toBeVisible()
  await expect(variable(pageB, 'Y')).toBeVisible()

  // redo brings it back, for everyone
  await pageA.keyboard.press('Control+y')
  await expect(variable(pageB, 'X')).toBeVisible()
  await pageA.keyboard.press('Control+z')
  await expect(variable(pageB, 'X')).toHaveCount(0)
  await pageA.keyboard.press('Control+Shift+z')
  await expect(variable(pageB, 'X')).toBeVisible()

  // the toolbar buttons do the same
  await pageB.getByRole('button', { name: 'Undo' }).click()
  await expect(variable(pageA, 'Y')).toHaveCount(0)
  await expect(variable(pageA, 'X')).toBeVisible()
  await a.close()
  await b.close()
})

test('each gesture is one undo step: drag, multi-delete, paste', async ({ browser }) => {
  const a = await newContext(browser, 'Ana')
  const page = await a.newPage()
  const { editUrl } = await createBoardViaApi(page, 'Undo steps')
  await openBoard(page, editUrl)
  await addVariable(page, 200, 200, 'Effort')
  await addVariable(page, 550, 250, 'Results')
  await link(page, 'Effort', 'Results')
  await expect(polarityButton(page, 'Effort', 'Results')).toBeVisible()

  const before = await flowPosition(page, 'Results')
  await dragBy(page, 'Results', 100, 120)
  await expect.poll(() => flowPosition(page, 'Results')).not.toEqual(before)
  await page.keyboard.press('Control+z')
  await expect.poll(() => flowPosition(page, 'Results')).toEqual(before)

  // shift-click selects both; Delete removes both and their link; one Ctrl+Z brings all back
  await variable(page, 'Effort').click()
  await variable(page, 'Results').click({ modifiers: ['Shift'] })
  await page.keyboard.press('Delete')
  await expect(page.getByTestId('variable')).toHaveCount(0)
  await page.keyboard.press('Control+z')
  await expect(variable(page, 'Effort')).toBeVisible()
  await expect(variable(page, 'Results')).toBeVisible()
  await expect(polarityButton(page, 'Effort', 'Results')).toBeVisible()

  // copy both, paste: a linked copy appears; one Ctrl+Z removes the whole paste
  await variable(page, 'Effort').click()
  await variable(page, 'Results').click({ modifiers: ['Shift'] })
  await page.keyboard.press('Control+c')
  await page.keyboard.press('Control+v')
  await expect(variable(page, 'Effort')).toHaveCount(2)
  await expect(polarityButton(page, 'Effort', 'Results')).toHaveCount(2)
  await page.keyboard.press('Control+z')
  await expect(variable(page, 'Effort')).toHaveCount(1)
  await expect(polarityButton(page, 'Effort', 'Results')).toHaveCount(1)
  await a.close()
})
