import { expect, test } from '@playwright/test'
import { addVariable, createBoardViaApi, newContext, openBoard, variable } from './helpers'

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
