import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import type { Page } from '@playwright/test'
import * as Y from 'yjs'
// @ts-expect-error -- the tests package has no @types/ws; only the constructor is used.
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { addVariable as addVariableToDoc } from '@causeway/model'
import { addVariable, newContext, variable } from './helpers'
import { dashboardFor, join, sameView, viewport } from './workshop-helpers'
import { PNG_SIGNATURE, readZip } from './zip-reader'

test('a facilitator runs a workshop: join by code, live thumbnails, follow me, gallery walk, lock', async ({
  browser,
}) => {
  const fac = await newContext(browser, 'Fran')
  const dash = await fac.newPage()
  await dash.goto('/')
  await dash.getByRole('link', { name: 'Run a workshop' }).click()
  await dash.getByLabel('Workshop title').fill('Homework stress')
  await dash.getByLabel('Number of teams').fill('3')
  await dash.getByRole('button', { name: 'Create workshop' }).click()
  await dash.waitForURL(/\/w\/(?!new$)[^/#]+$/)
  // The dashboard goes on the projector: its key leaves the address bar, and a reload still works.
  await dash.reload()
  const code = (await dash.getByTestId('join-code').textContent())!.trim()
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
  await expect(dash.getByRole('img', { name: 'QR code to join the workshop' })).toBeVisible()
  const card = (team: number) => dash.locator(`[data-testid="team-card"][data-team="${team}"]`)
  await expect(dash.getByTestId('team-card')).toHaveCount(3)

  // A wrong code gets a clear answer, not a board.
  const stray = await browser.newContext()
  const strayPage = await stray.newPage()
  await strayPage.goto('/join')
  await strayPage.getByLabel('Join code').fill('ZZZZ-ZZZZ')
  await strayPage.getByLabel('Your name').fill('Sam')
  await strayPage.getByRole('button', { name: 'Join' }).click()
  await expect(strayPage.getByRole('alert')).toContainText('not valid')
  await expect(strayPage.getByLabel('Team (optional)')).toHaveCount(0)
  // The right code brings up this workshop's own three teams (not a fixed list of twelve).
  await strayPage.getByLabel('Join code').fill(code.toLowerCase())
  await expect(strayPage.getByText('Workshop: Homework stress')).toBeVisible()
  await expect(strayPage.getByRole('alert')).toHaveCount(0)
  await expect(strayPage.getByLabel('Team (optional)').locator('option')).toHaveText([
    'Put me where I am needed',
    'Team 1 (0 joined)',
    'Team 2 (0 joined)',
    'Team 3 (0 joined)',
  ])
  await stray.close()

  // Three participants, one per team; each team edits its own board; the dashboard shows it live.
  const names = ['Ana', 'Ben', 'Cleo']
  const people = []
  for (const [i, name] of names.entries()) people.push(await join(browser, code, name, i + 1))
  for (const [i, p] of people.entries())
    await addVariable(p.page, 250 + 40 * i, 200, `Idea of team ${i + 1}`)
  for (const [i, name] of names.entries()) {
    await expect(card(i + 1).getByTestId('team-thumb')).toContainText(`Idea of team ${i + 1}`)
    await expect(card(i + 1)).toContainText(name)
  }
  await expect(card(1).getByTestId('team-thumb')).not.toContainText('Idea of team 2')
  await expect(card(1)).toContainText(/[1-9]\d* changes? in the last minute/)

  // Gallery walk: once open, Ben looks at team 1's board, view only.
  const ben = people[1]!.page
  // Tabs re-check the gallery when they come back into focus (and every 20 s while visible).
  const refocus = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')))
  await expect(ben.getByRole('button', { name: 'Gallery walk' })).toHaveCount(0)
  await dash.getByRole('button', { name: 'Open gallery walk' }).click()
  await expect(dash.getByRole('button', { name: 'Close gallery walk' })).toBeVisible()
  await refocus(ben)
  await ben.getByRole('button', { name: 'Gallery walk' }).click()
  const gallery = ben.getByRole('dialog', { name: 'Other teams’ boards' })
  await expect(gallery.getByText('Team 2 (your team)')).toBeVisible()
  const [visit] = await Promise.all([
    people[1]!.context.waitForEvent('page'),
    gallery.getByRole('link', { name: 'Look at Team 1 (view only)' }).click(),
  ])
  await expect(variable(visit, 'Idea of team 1')).toBeVisible()
  await expect(visit.getByText('View only')).toBeVisible()
  await expect(visit.getByRole('button', { name: 'Add variable' })).toHaveCount(0)
  await expect(visit.getByRole('button', { name: 'History' })).toHaveCount(0)
  await visit.locator('.react-flow__pane').dblclick({ position: { x: 500, y: 400 } })
  await expect(visit.getByRole('textbox', { name: 'Label' })).toHaveCount(0)
  await expect(visit.locator('[data-testid="variable"]')).toHaveCount(1)
  await gallery.getByRole('button', { name: 'Close' }).click()
  await dash.getByRole('button', { name: 'Close gallery walk' }).click()
  await expect(dash.getByRole('button', { name: 'Open gallery walk' })).toBeVisible()
  // Closing the gallery revokes its view tokens: the open visit ends (4401), and so does a reload.
  const ended = visit.getByRole('heading', { name: 'The gallery walk has ended' })
  await expect(ended).toBeVisible()
  await visit.reload()
  await expect(ended).toBeVisible()
  await visit.close()
  await refocus(ben)
  await expect(ben.getByRole('button', { name: 'Gallery walk' })).toHaveCount(0)

  // Follow me: the facilitator opens team 1's board and leads; Ana's canvas follows.
  const [lead] = await Promise.all([
    fac.waitForEvent('page'),
    card(1).getByRole('button', { name: 'Open Team 1 in a new tab' }).click(),
  ])
  await expect(lead.locator('.react-flow__pane')).toBeVisible()
  await lead.getByRole('button', { name: 'Follow me' }).click()
  const ana = people[0]!.page
  await expect(ana.getByTestId('following')).toContainText('Fran')
  const before = await viewport(ana)
  await lead.locator('.react-flow__pane').hover({ position: { x: 600, y: 400 } })
  await lead.mouse.wheel(0, -400)
  await lead.mouse.move(600, 450)
  await lead.mouse.down()
  await lead.mouse.move(400, 350, { steps: 8 })
  await lead.mouse.up()
  const led = await viewport(lead)
  expect(sameView(led, before)).toBe(false)
  await expect.poll(async () => sameView(await viewport(ana), await viewport(lead))).toBe(true)
  expect(sameView(await viewport(ana), before)).toBe(false)
  // Ana looks elsewhere herself: she leaves follow mode until she rejoins.
  await ana.locator('.react-flow__pane').hover({ position: { x: 700, y: 500 } })
  await ana.mouse.wheel(0, 300)
  await expect(ana.getByText('You left follow mode')).toBeVisible()
  await ana.getByRole('button', { name: 'Rejoin' }).click()
  await expect.poll(async () => sameView(await viewport(ana), await viewport(lead))).toBe(true)
  // Someone arriving mid-lead lands on the leader's view, not on their own fitted one.
  await ana.reload()
  await expect(ana.getByTestId('following')).toBeVisible()
  await expect.poll(async () => sameView(await viewport(ana), await viewport(lead))).toBe(true)
  await lead.getByRole('button', { name: 'Stop follow me' }).click()
  await expect(ana.getByTestId('following')).toHaveCount(0)

  // Lock: every board says so and loses its editing affordances, and the server refuses writes.
  await dash.getByRole('button', { name: 'Lock all boards' }).click()
  await expect(dash.getByRole('button', { name: 'Unlock all boards' })).toBeVisible()
  const cleo = people[2]!.page
  await expect(cleo.getByTestId('session-locked')).toBeVisible()
  await expect(cleo.getByRole('button', { name: 'Add variable' })).toHaveCount(0)
  await cleo.locator('.react-flow__pane').dblclick({ position: { x: 500, y: 450 } })
  await expect(cleo.getByRole('textbox', { name: 'Label' })).toHaveCount(0)

  // A client that ignores the lock (Cleo's own token, straight to the socket) gets nowhere.
  const boardId = new URL(cleo.url()).pathname.split('/').pop()!
  const token = await cleo.evaluate((id) => sessionStorage.getItem(`causeway.token.${id}`), boardId)
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(
    `${new URL(cleo.url()).origin.replace(/^http/, 'ws')}/sync`,
    boardId,
    doc,
    {
      params: { token: token! },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    },
  )
  await expect.poll(() => provider.synced).toBe(true)
  addVariableToDoc(doc, { label: 'Sneaked in while locked', x: 0, y: 0 })
  // The server handles one socket's messages in order: once this presence reaches the dashboard,
  // the write sent before it has been dealt with.
  provider.awareness.setLocalStateField('user', { name: 'Fence', color: '#123456' })
  await expect(card(3)).toContainText('Fence')
  provider.destroy()
  doc.destroy()
  await cleo.reload()
  await expect(variable(cleo, 'Idea of team 3')).toBeVisible()
  await expect(cleo.locator('[data-testid="variable"]')).toHaveCount(1)
  await expect(card(3).getByTestId('team-thumb')).not.toContainText('Sneaked in')

  // Unlocked again, Cleo can edit.
  await dash.getByRole('button', { name: 'Unlock all boards' }).click()
  await expect(cleo.getByTestId('session-locked')).toHaveCount(0)
  await addVariable(cleo, 300, 400, 'After the lock')
  await expect(card(3).getByTestId('team-thumb')).toContainText('After the lock')
  await expect(card(3).getByTestId('team-thumb')).not.toContainText('Sneaked in')

  for (const p of people) await p.context.close()
  await fac.close()
})

test('facilitator controls: message and timer, template for everyone, code off and renewed, export', async ({
  browser,
}) => {
  const fac = await newContext(browser, 'Fran')
  const dash = await fac.newPage()
  const created = await dashboardFor(dash, {
    title: 'Controls',
    teams: 2,
    teamNames: ['Otters', 'Kestrels'],
  })
  const { context, page } = await join(browser, created.code, 'Ana', 2)

  await dash.getByLabel('Message to every team').fill('Five minutes, then share')
  await dash.getByLabel('Timer (minutes)').fill('5')
  await dash.getByRole('button', { name: 'Start timer' }).click()
  await expect(page.getByTestId('session-message')).toContainText('Five minutes, then share')
  await expect(page.getByTestId('session-timer')).toContainText(/Time left: \d+:\d\d/)
  await dash.getByRole('button', { name: 'Clear message' }).click()
  await expect(page.getByTestId('session-message')).toHaveCount(0)

  await dash.getByLabel('Template to add to every board').selectOption('fixes-that-fail')
  await dash.getByRole('button', { name: 'Add to all boards' }).click()
  await expect(variable(page, 'Unintended consequence')).toBeVisible()
  const thumb = dash.locator('[data-testid="team-card"][data-team="1"]').getByTestId('team-thumb')
  await expect(thumb).toContainText('Unintended consequence')

  const [download] = await Promise.all([
    dash.waitForEvent('download'),
    dash.getByRole('button', { name: 'Export all boards (zip)' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('Controls.zip')
  // One archive, built in the browser: JSON, PNG and SVG per team board.
  const files = readZip(await readFile((await download.path())!))
  expect([...files.keys()].sort()).toEqual(
    ['Kestrels', 'Otters'].flatMap((n) => [`${n}.causeway.json`, `${n}.png`, `${n}.svg`]).sort(),
  )
  for (const team of ['Otters', 'Kestrels']) {
    const png = files.get(`${team}.png`)!
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true)
    expect(png.readUInt32BE(16)).toBeGreaterThan(100) // IHDR width: a real picture, not a stub
    const json = JSON.parse(files.get(`${team}.causeway.json`)!.toString('utf8')) as {
      format: string
      nodes: { label: string }[]
    }
    expect(json.format).toBe('causeway.board')
    expect(json.nodes.map((n) => n.label)).toContain('Unintended consequence')
    expect(files.get(`${team}.svg`)!.toString('utf8')).toContain('Unintended consequence')
  }

  // A code turned off stops working, with its own wording; a new code works again.
  await dash.getByRole('button', { name: 'Turn the code off' }).click()
  await expect(dash.getByText('Turned off — nobody can join with it')).toBeVisible()
  const late = await browser.newContext()
  const latePage = await late.newPage()
  await latePage.goto(`/join#code=${created.code}`)
  await latePage.getByLabel('Your name').fill('Ben')
  await latePage.getByRole('button', { name: 'Join' }).click()
  await expect(latePage.getByRole('alert')).toContainText('turned off')
  await dash.getByRole('button', { name: 'New code' }).click()
  await expect(dash.getByTestId('join-code')).not.toHaveText(created.code)
  const fresh = (await dash.getByTestId('join-code').textContent())!.trim()
  await latePage.getByLabel('Join code').fill(fresh)
  await expect(latePage.getByLabel('Team (optional)').locator('option')).toHaveText([
    'Put me where I am needed',
    'Otters (0 joined)',
    'Kestrels (1 joined)',
  ])
  await latePage.getByLabel('Team (optional)').selectOption({ label: 'Otters (0 joined)' })
  await latePage.getByRole('button', { name: 'Join' }).click()
  await latePage.waitForURL(/\/b\/[^/#]+$/)
  await expect(variable(latePage, 'Unintended consequence')).toBeVisible()

  await late.close()
  await context.close()
  await fac.close()
})

test('deleting a workshop asks first, then erases every team board; a team board cannot be deleted alone', async ({
  browser,
}) => {
  const fac = await newContext(browser, 'Fran')
  const dash = await fac.newPage()
  const created = await dashboardFor(dash, { title: 'Erase', teams: 2 })
  const { context, page } = await join(browser, created.code, 'Ana', 1)
  const boardId = new URL(page.url()).pathname.split('/').pop()!
  const token = await page.evaluate((id) => sessionStorage.getItem(`causeway.token.${id}`), boardId)
  const alone = await page.request.delete(`/api/boards/${boardId}`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(alone.status()).toBe(403)
  expect(((await alone.json()) as { error: string }).error).toContain('removed with their workshop')

  // Keyboard only: the dialog opens on "Keep", and Escape backs out with nothing deleted.
  const trigger = dash.getByRole('button', { name: 'Delete workshop…' })
  await trigger.focus()
  await dash.keyboard.press('Enter')
  const ask = dash.getByRole('dialog', { name: 'Delete this workshop?' })
  await expect(ask).toContainText('“Erase”')
  await expect(ask.getByRole('button', { name: 'Keep the workshop' })).toBeFocused()
  await dash.keyboard.press('Escape')
  await expect(ask).toHaveCount(0)
  await expect(trigger).toBeFocused()
  await expect(dash.getByTestId('join-code')).toHaveText(created.code)

  await dash.keyboard.press('Enter')
  await expect(ask).toBeVisible()
  await dash.keyboard.press('Tab')
  await expect(
    ask.getByRole('button', { name: 'Delete the workshop and all its boards' }),
  ).toBeFocused()
  await dash.keyboard.press('Enter')
  await expect(dash.getByRole('heading', { name: 'Workshop deleted' })).toBeVisible()
  // Ana's socket is closed with 4404: her board says it is gone.
  await expect(page.getByRole('heading', { name: 'This board is gone' })).toBeVisible()
  const after = await dash.request.get(`/api/workshops/${created.id}`, {
    headers: { authorization: `Bearer ${created.facilitatorToken}` },
  })
  expect(after.status()).toBe(404)
  // The tab no longer holds the facilitator key of a workshop that is gone.
  await dash.reload()
  await expect(dash.getByRole('heading', { name: 'This link is missing its key' })).toBeVisible()

  await context.close()
  await fac.close()
})
