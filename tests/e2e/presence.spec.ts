import { expect, test } from '@playwright/test'
import { addVariable, createBoardViaApi, newContext, openBoard, variable } from './helpers'

test('each person sees the other’s cursor with their name, and who is here', async ({ browser }) => {
  const a = await newContext(browser, 'Ana', '#d1495b')
  const b = await newContext(browser, 'Ben', '#00798c')
  const pageA = await a.newPage()
  const pageB = await b.newPage()
  const { editUrl } = await createBoardViaApi(pageA, 'Presence')
  await openBoard(pageA, editUrl)
  await openBoard(pageB, editUrl)

  await expect(pageA.getByRole('list', { name: 'People here' }).getByText('Ben')).toBeVisible()
  await expect(pageB.getByRole('list', { name: 'People here' }).getByText('Ana')).toBeVisible()

  const pane = (p: typeof pageA) => p.locator('.react-flow__pane')
  await pane(pageA).hover({ position: { x: 300, y: 250 } })
  await pane(pageA).hover({ position: { x: 320, y: 260 } })
  await expect(pageB.locator('[data-testid="remote-cursor"][data-name="Ana"]')).toBeVisible()
  await expect(pageB.locator('[data-testid="remote-cursor"][data-name="Ana"]')).toContainText('Ana')

  await pane(pageB).hover({ position: { x: 400, y: 300 } })
  await pane(pageB).hover({ position: { x: 410, y: 310 } })
  await expect(pageA.locator('[data-testid="remote-cursor"][data-name="Ben"]')).toBeVisible()

  // what someone selects is outlined in their colour for everyone else
  await addVariable(pageA, 200, 200, 'Trust')
  await variable(pageA, 'Trust').click()
  await expect(variable(pageB, 'Trust')).toHaveCSS('outline-color', 'rgb(209, 73, 91)')
  await a.close()
  await b.close()
})

test('the name dialog asks once and remembers', async ({ browser }) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const { editUrl } = await createBoardViaApi(page, 'Identity')
  await page.goto(editUrl)
  const dialog = page.getByRole('dialog', { name: 'Who are you?' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Your name').fill('Dana')
  await dialog.getByRole('button', { name: 'Join board' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('list', { name: 'People here' })).toContainText('Dana (you)')
  await page.reload()
  await expect(page.locator('.react-flow__pane')).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Who are you?' })).toHaveCount(0)
  await context.close()
})

test('two people typing in one label: both see who is editing, and both keystrokes survive', async ({ browser }) => {
  const a = await newContext(browser, 'Ana', '#d1495b')
  const b = await newContext(browser, 'Ben', '#00798c')
  const pageA = await a.newPage()
  const pageB = await b.newPage()
  const { editUrl } = await createBoardViaApi(pageA, 'Shared label')
  await openBoard(pageA, editUrl)
  await openBoard(pageB, editUrl)
  await addVariable(pageA, 300, 250, 'Trust')
  await expect(variable(pageB, 'Trust')).toBeVisible()

  await variable(pageA, 'Trust').dblclick()
  const editorA = pageA.getByRole('textbox', { name: 'Label' })
  await expect(editorA).toBeFocused()
  // B sees that Ana is editing it: a dashed outline in her colour
  await expect(variable(pageB, 'Trust')).toHaveCSS('outline-style', 'dashed')
  await expect(variable(pageB, 'Trust')).toHaveCSS('outline-color', 'rgb(209, 73, 91)')

  await variable(pageB, 'Trust').dblclick()
  const editorB = pageB.getByRole('textbox', { name: 'Label' })
  await expect(editorB).toBeFocused()
  await pageA.keyboard.press('End')
  await pageB.keyboard.press('Home')
  await pageA.keyboard.type(' in staff')
  await pageB.keyboard.type('Mutual ')
  await expect(editorA).toHaveValue('Mutual Trust in staff')
  await expect(editorB).toHaveValue('Mutual Trust in staff')
  // B's caret stayed where B was typing, even though A's text arrived meanwhile
  await pageB.keyboard.type('x')
  await expect(editorA).toHaveValue('Mutual xTrust in staff')
  await pageA.keyboard.press('Enter')
  await pageB.keyboard.press('Enter')
  await expect(variable(pageA, 'Mutual xTrust in staff')).toBeVisible()
  await expect(variable(pageB, 'Mutual xTrust in staff')).toBeVisible()
  await a.close()
  await b.close()
})
