import { expect, test } from '@playwright/test'
import { addVariable, createBoardViaApi, newContext, openBoard, rename, variable } from './helpers'

test('a saved version comes back for everyone, and Ctrl+Z takes the restore back', async ({
  browser,
}) => {
  const a = await newContext(browser, 'Ana')
  const b = await newContext(browser, 'Ben')
  const pageA = await a.newPage()
  const pageB = await b.newPage()
  const { editUrl } = await createBoardViaApi(pageA, 'History')
  await openBoard(pageA, editUrl)
  await addVariable(pageA, 250, 200, 'Sleep')
  await addVariable(pageA, 450, 300, 'Stress')

  const history = pageA.getByRole('dialog', { name: 'Versions of this board' })
  await pageA.getByRole('button', { name: 'History' }).click()
  await history.getByLabel('Version name').fill('before the break')
  await history.getByRole('button', { name: 'Save version' }).click()
  await expect(history.getByRole('status')).toContainText('Saved “before the break”')
  await expect(history.getByRole('list', { name: 'Saved versions' })).toContainText(
    'before the break',
  )
  await history.getByRole('button', { name: 'Close' }).click()

  // After the break: one variable renamed, one removed, one added.
  await rename(pageA, 'Sleep', 'Screen time')
  await variable(pageA, 'Stress').click()
  await pageA.keyboard.press('Delete')
  await expect(variable(pageA, 'Stress')).toHaveCount(0)
  await addVariable(pageA, 350, 450, 'Mood')

  await openBoard(pageB, editUrl)
  await expect(variable(pageB, 'Screen time')).toBeVisible()
  await expect(variable(pageB, 'Mood')).toBeVisible()

  await pageA.getByRole('button', { name: 'History' }).click()
  await history.getByRole('button', { name: 'Preview before the break' }).click()
  const preview = history.getByTestId('version-preview')
  await expect(preview).toContainText('Sleep')
  await expect(preview).toContainText('Stress')
  await expect(preview).not.toContainText('Mood')
  await history.getByRole('button', { name: 'Restore before the break' }).click()
  await expect(history.getByRole('status')).toContainText('Restored')
  await history.getByRole('button', { name: 'Close' }).click()

  // Everyone sees the restored board live.
  for (const page of [pageA, pageB]) {
    await expect(variable(page, 'Sleep')).toBeVisible()
    await expect(variable(page, 'Stress')).toBeVisible()
    await expect(variable(page, 'Screen time')).toHaveCount(0)
    await expect(variable(page, 'Mood')).toHaveCount(0)
  }

  // The restore is one undo step for the person who did it.
  await pageA.locator('.react-flow__pane').click({ position: { x: 700, y: 600 } })
  await pageA.keyboard.press('Control+z')
  for (const page of [pageA, pageB]) {
    await expect(variable(page, 'Screen time')).toBeVisible()
    await expect(variable(page, 'Mood')).toBeVisible()
    await expect(variable(page, 'Sleep')).toHaveCount(0)
    await expect(variable(page, 'Stress')).toHaveCount(0)
  }
  await a.close()
  await b.close()
})
