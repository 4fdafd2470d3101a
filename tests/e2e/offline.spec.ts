import { expect, test } from '@playwright/test'
import { addVariable, createBoardViaApi, newContext, openBoard, syncStatus, variable } from './helpers'

test('edits made offline are kept and merge when the connection comes back', async ({ browser }) => {
  const a = await newContext(browser, 'Ana')
  const b = await newContext(browser, 'Ben')
  const pageA = await a.newPage()
  const pageB = await b.newPage()
  const { editUrl } = await createBoardViaApi(pageA, 'Offline')
  await openBoard(pageA, editUrl)
  await openBoard(pageB, editUrl)
  await addVariable(pageA, 200, 200, 'Shared start')
  await expect(variable(pageB, 'Shared start')).toBeVisible()
  await expect(syncStatus(pageB)).toHaveText('Saved')

  // Routine saves are not announced to screen readers; losing and regaining the connection is.
  await expect(pageB.getByRole('status').filter({ hasText: /Saved|Syncing/ })).toHaveCount(0)
  await b.setOffline(true)
  await expect(syncStatus(pageB)).toHaveText('Offline — changes kept on this device')
  await expect(pageB.getByRole('status').filter({ hasText: 'Offline — changes kept on this device' })).toHaveCount(1)
  await addVariable(pageB, 500, 300, 'Made offline')
  await addVariable(pageA, 300, 450, 'Made online')
  await expect(variable(pageA, 'Made offline')).toHaveCount(0)
  await expect(variable(pageB, 'Made online')).toHaveCount(0)

  await b.setOffline(false)
  for (const page of [pageA, pageB]) {
    for (const label of ['Shared start', 'Made offline', 'Made online']) {
      await expect(variable(page, label)).toBeVisible()
    }
    await expect(syncStatus(page)).toHaveText('Saved')
  }
  await expect(pageB.getByRole('status').filter({ hasText: 'Back online — every change is saved' })).toHaveCount(1)
  await a.close()
  await b.close()
})

test('offline edits survive closing the tab and reach the others on the next visit', async ({ browser }) => {
  const a = await newContext(browser, 'Ana')
  const b = await newContext(browser, 'Ben')
  const pageA = await a.newPage()
  const pageB = await b.newPage()
  const { editUrl } = await createBoardViaApi(pageA, 'Offline, then closed')
  await openBoard(pageA, editUrl)
  await openBoard(pageB, editUrl)
  await expect(syncStatus(pageB)).toHaveText('Saved')

  await b.setOffline(true)
  await expect(syncStatus(pageB)).toHaveText('Offline — changes kept on this device')
  await addVariable(pageB, 400, 300, 'Written on the bus')
  await pageB.close()
  await expect(variable(pageA, 'Written on the bus')).toHaveCount(0)

  await b.setOffline(false)
  const again = await b.newPage()
  await openBoard(again, editUrl)
  await expect(variable(again, 'Written on the bus')).toBeVisible()
  await expect(variable(pageA, 'Written on the bus')).toBeVisible()
  await expect(syncStatus(again)).toHaveText('Saved')
  await a.close()
  await b.close()
})
