import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import {
  addVariable,
  createBoardViaApi,
  createBoardViaHome,
  dragBy,
  flowPosition,
  clickEdge,
  edgeLocator,
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

test('a view link shows the board live but offers no editing', async ({ browser }) => {
  const a = await newContext(browser, 'Ana')
  const v = await newContext(browser, 'Viewer')
  const pageA = await a.newPage()
  const pageV = await v.newPage()
  const { editUrl, viewUrl } = await createBoardViaApi(pageA, 'Read only')
  await openBoard(pageA, editUrl)
  await openBoard(pageV, viewUrl)
  await expect(pageV.getByText('View only')).toBeVisible()
  await expect(pageV.getByRole('button', { name: 'Add variable' })).toHaveCount(0)
  await expect(pageV.getByLabel('Board title')).toHaveCount(0)

  await addVariable(pageA, 200, 200, 'Visible to viewers')
  await expect(variable(pageV, 'Visible to viewers')).toBeVisible()
  await pageV.locator('.react-flow__pane').dblclick({ position: { x: 400, y: 300 } })
  await pageV.keyboard.press('n')
  await expect(pageV.getByRole('textbox', { name: 'Label' })).toHaveCount(0)
  await expect(pageV.getByTestId('variable')).toHaveCount(1)
  await a.close()
  await v.close()
})

test('clear screens for a bad link and for a board that is gone', async ({ page }) => {
  const { editUrl } = await createBoardViaApi(page, 'Errors')
  const id = editUrl.split('/b/')[1]!.split('#')[0]!
  await page.goto(`/b/${id}#t=not-a-real-token`)
  await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible()
  await page.goto(`/b/zzzzzzzzzzzzzzzzzzzzzz#t=whatever`)
  await expect(page.getByRole('heading', { name: 'This board is gone' })).toBeVisible()
})

test('a board deleted while open says so', async ({ page }) => {
  await presetIdentityPage(page)
  const { editUrl } = await createBoardViaApi(page, 'Doomed')
  await openBoard(page, editUrl)
  const id = editUrl.split('/b/')[1]!.split('#')[0]!
  const token = decodeURIComponent(editUrl.split('#t=')[1]!)
  const res = await page.request.delete(`/api/boards/${id}`, { headers: { authorization: `Bearer ${token}` } })
  expect(res.status()).toBe(204)
  await expect(page.getByRole('heading', { name: 'This board is gone' })).toBeVisible()
})

async function presetIdentityPage(page: Page) {
  await page.addInitScript(() => localStorage.setItem('causeway.user', JSON.stringify({ name: 'Eve', color: '#123456' })))
}

test('keyboard drawing: N adds, + − P set polarity, D delay, Delete, Ctrl+D, ? help', async ({ browser }) => {
  const a = await newContext(browser, 'Ana')
  const page = await a.newPage()
  const { editUrl } = await createBoardViaApi(page, 'Keys')
  await openBoard(page, editUrl)
  const pane = page.locator('.react-flow__pane')
  const editor = page.getByRole('textbox', { name: 'Label' })

  await pane.hover({ position: { x: 250, y: 250 } })
  await page.keyboard.press('n')
  await expect(editor).toBeFocused()
  await page.keyboard.type('Alpha')
  await page.keyboard.press('Enter')
  await pane.hover({ position: { x: 650, y: 300 } })
  await page.keyboard.press('n')
  await expect(editor).toBeFocused()
  await page.keyboard.type('Beta')
  await page.keyboard.press('Escape')
  await expect(variable(page, 'Beta')).toBeVisible()

  await link(page, 'Alpha', 'Beta')
  const mark = polarityButton(page, 'Alpha', 'Beta')
  await expect(mark).toHaveText('?')
  await clickEdge(page, 'Alpha', 'Beta')
  await page.keyboard.press('+')
  await expect(mark).toHaveText('+')
  await page.keyboard.press('-')
  await expect(mark).toHaveText('−')
  await page.keyboard.press('p')
  await expect(mark).toHaveText('?')
  await page.keyboard.press('d')
  await expect(page.getByRole('img', { name: 'Delay' })).toBeVisible()
  await page.getByRole('button', { name: 'Toggle delay' }).first().click()
  await expect(page.getByRole('img', { name: 'Delay' })).toHaveCount(0)
  // keyboard only: focus the link, Enter selects it, D toggles its delay
  await page.locator('.react-flow__pane').click({ position: { x: 40, y: 40 } })
  await edgeLocator(page, 'Alpha', 'Beta').focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('d')
  await expect(page.getByRole('img', { name: 'Delay' })).toBeVisible()
  await page.keyboard.press('d')
  await expect(page.getByRole('img', { name: 'Delay' })).toHaveCount(0)
  await page.keyboard.press('Delete')
  await expect(mark).toHaveCount(0)

  // self-links are refused with a visible hint
  const alpha = variable(page, 'Alpha')
  await alpha.hover()
  const from = await alpha.locator('.react-flow__handle-right').boundingBox()
  const to = await alpha.locator('.react-flow__handle-left').boundingBox()
  await page.mouse.move(from!.x + 4, from!.y + 4)
  await page.mouse.down()
  await page.mouse.move(to!.x + 4, to!.y + 4, { steps: 8 })
  await page.mouse.up()
  await expect(page.getByRole('status').filter({ hasText: 'A link needs two different variables.' })).toBeVisible()

  await alpha.click()
  await page.keyboard.press('Control+d')
  await expect(variable(page, 'Alpha')).toHaveCount(2)
  await page.keyboard.press('Delete')
  await expect(variable(page, 'Alpha')).toHaveCount(1)

  // arrow keys nudge the selection (Shift: ten times as far), written to the board
  const start = await flowPosition(page, 'Alpha')
  await variable(page, 'Alpha').click()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Shift+ArrowDown')
  await expect.poll(() => flowPosition(page, 'Alpha')).toEqual({ x: start.x + 1, y: start.y + 10 })

  await page.getByRole('button', { name: 'Add variable' }).click()
  await expect(editor).toBeFocused()
  await page.keyboard.type('Gamma')
  await page.keyboard.press('Enter')
  await expect(variable(page, 'Gamma')).toBeVisible()

  await variable(page, 'Beta').click()
  await page.keyboard.press('F2')
  await expect(editor).toBeFocused()
  await page.keyboard.press('End')
  await page.keyboard.type(' two')
  await page.keyboard.press('Enter')
  await expect(variable(page, 'Beta two')).toBeVisible()

  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await a.close()
})

test('title edits are live; the share dialog offers edit and view links; S adds a sticky note', async ({ browser }) => {
  const a = await newContext(browser, 'Ana')
  const b = await newContext(browser, 'Ben')
  const pageA = await a.newPage()
  const pageB = await b.newPage()
  const url = await createBoardViaHome(pageA, 'Draft title')
  await openBoard(pageB, url)

  const title = pageA.getByLabel('Board title')
  await title.fill('Our school’s homework loop')
  await title.press('Enter')
  await expect(pageB.getByLabel('Board title')).toHaveValue('Our school’s homework loop')

  await pageA.getByRole('button', { name: 'Share' }).click()
  const share = pageA.getByRole('dialog', { name: 'Share this board' })
  await expect(share.getByRole('textbox', { name: 'Edit link — anyone with it can change the board' })).toHaveValue(/\/b\/[^/#]+#t=.+/)
  await expect(share.getByRole('textbox', { name: 'View link — read only' })).toHaveValue(/\/b\/[^/#]+#t=.+/)
  const viewLink = await share.getByRole('textbox', { name: 'View link — read only' }).inputValue()
  await share.getByRole('button', { name: 'Close' }).click()
  await expect(share).toBeHidden()

  await pageA.locator('.react-flow__pane').hover({ position: { x: 300, y: 300 } })
  await pageA.keyboard.press('s')
  await expect(pageA.getByRole('textbox', { name: 'Label' })).toBeFocused()
  await pageA.keyboard.type('Ask the students')
  await pageA.keyboard.press('Enter')
  await expect(pageB.locator('[data-testid="note"][data-label="Ask the students"]')).toBeVisible()

  const v = await newContext(browser, 'Viewer')
  const pageV = await v.newPage()
  await openBoard(pageV, new URL(viewLink).pathname + new URL(viewLink).hash)
  await expect(pageV.getByText('View only')).toBeVisible()
  await expect(pageV.locator('[data-testid="note"][data-label="Ask the students"]')).toBeVisible()
  await a.close()
  await b.close()
  await v.close()
})
