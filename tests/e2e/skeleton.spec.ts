import { expect, test } from '@playwright/test'
import {
  addVariable,
  createBoardViaHome,
  dragBy,
  flowPosition,
  link,
  newContext,
  openBoard,
  polarityButton,
  rename,
  syncStatus,
  variable,
} from './helpers'

test('walking skeleton: create, draw, link, drag — live in a second browser, kept after reload', async ({ browser }) => {
  const a = await newContext(browser, 'Ana', '#d1495b')
  const b = await newContext(browser, 'Ben', '#00798c')
  const pageA = await a.newPage()
  const pageB = await b.newPage()

  const url = await createBoardViaHome(pageA, 'Why is homework stressful?')
  await expect(pageA.getByLabel('Board title')).toHaveValue('Why is homework stressful?')
  await openBoard(pageB, url)

  await addVariable(pageA, 200, 200, 'Homework')
  await expect(variable(pageB, 'Homework')).toBeVisible()
  await addVariable(pageA, 550, 220, 'Stress')
  await expect(variable(pageB, 'Stress')).toBeVisible()

  await rename(pageA, 'Homework', 'Homework load')
  await expect(variable(pageB, 'Homework load')).toBeVisible()
  await expect(variable(pageB, 'Homework')).toHaveCount(0)

  await link(pageA, 'Homework load', 'Stress')
  await expect(polarityButton(pageA, 'Homework load', 'Stress')).toBeVisible()
  await expect(polarityButton(pageB, 'Homework load', 'Stress')).toBeVisible()
  await expect(polarityButton(pageB, 'Homework load', 'Stress')).toHaveText('?')

  // polarity is a button: clicking cycles ? → +, and the other browser sees it
  await polarityButton(pageA, 'Homework load', 'Stress').click()
  await expect(polarityButton(pageB, 'Homework load', 'Stress')).toHaveText('+')

  const before = await flowPosition(pageB, 'Stress')
  await dragBy(pageA, 'Stress', 120, 160)
  const after = await flowPosition(pageA, 'Stress')
  expect(after.y).toBeGreaterThan(before.y + 50)
  await expect.poll(() => flowPosition(pageB, 'Stress')).toEqual(after)

  await expect(syncStatus(pageA)).toHaveText('Saved')
  await expect(syncStatus(pageB)).toHaveText('Saved')

  for (const page of [pageA, pageB]) {
    await page.reload()
    await expect(variable(page, 'Homework load')).toBeVisible()
    await expect(variable(page, 'Stress')).toBeVisible()
    await expect(polarityButton(page, 'Homework load', 'Stress')).toHaveText('+')
    expect(await flowPosition(page, 'Stress')).toEqual(after)
  }
  await a.close()
  await b.close()
})

test('a fresh browser sees the board from the server alone (no local cache)', async ({ browser }) => {
  const a = await newContext(browser, 'Ana')
  const pageA = await a.newPage()
  const url = await createBoardViaHome(pageA, 'Cache-free check')
  await addVariable(pageA, 300, 200, 'Sleep')
  await expect(syncStatus(pageA)).toHaveText('Saved')
  await a.close()

  const c = await newContext(browser, 'Cleo')
  const pageC = await c.newPage()
  await openBoard(pageC, url)
  await expect(variable(pageC, 'Sleep')).toBeVisible()
  await c.close()
})
