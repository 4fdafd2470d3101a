import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import { addVariable, createBoardViaApi, flowPosition, newContext, openBoard, syncStatus, variable } from './helpers'

/** Counts what the page sends on its sync socket: document updates (sync type 0/2) and presence (1). */
function countFrames(page: Page): { updates: number; presence: number } {
  const counts = { updates: 0, presence: 0 }
  page.on('websocket', (ws) => {
    ws.on('framesent', ({ payload }) => {
      if (typeof payload === 'string') return
      if (payload[0] === 0 && payload[1] === 2) counts.updates++
      else if (payload[0] === 1) counts.presence++
    })
  })
  return counts
}

test('dragging a node writes the document once, at drag end; pointer moves only touch presence', async ({ browser }) => {
  const page = await (await newContext(browser, 'Ana')).newPage()
  const counts = countFrames(page)
  await openBoard(page, (await createBoardViaApi(page, 'Drag writes')).editUrl)
  await addVariable(page, 250, 250, 'Stress')
  await expect(syncStatus(page)).toHaveText('Saved')
  const before = await flowPosition(page, 'Stress')

  const box = (await variable(page, 'Stress').locator('.node-label').boundingBox())!
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.mouse.move(x, y)
  const updatesBefore = counts.updates
  await page.mouse.down()
  for (let i = 1; i <= 40; i++) await page.mouse.move(x + i * 5, y + i * 3)
  // Mid-drag: the node moved on screen, the document has not been written.
  await expect.poll(() => flowPosition(page, 'Stress')).not.toEqual(before)
  expect(counts.updates).toBe(updatesBefore)
  await page.mouse.up()

  await expect.poll(() => counts.updates).toBe(updatesBefore + 1)
  await expect(syncStatus(page)).toHaveText('Saved')
  expect(counts.presence).toBeGreaterThan(0)
  const after = await flowPosition(page, 'Stress')
  expect(after.x).toBeGreaterThan(before.x + 100)
  // Still one write a moment later: nothing trails the drag.
  await page.waitForTimeout(300)
  expect(counts.updates).toBe(updatesBefore + 1)
})
