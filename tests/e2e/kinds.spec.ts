import { expect, test } from '@playwright/test'
import type { Browser, Page } from '@playwright/test'
import * as Y from 'yjs'
// @ts-expect-error -- the tests package has no @types/ws; only the constructor is used.
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { addLink, boardMaps } from '@causeway/model'
import { clickEdge, newContext, openBoard } from './helpers'

/** Two people on one board started from a template (created through the API). */
async function twoOnTemplate(browser: Browser, template: string): Promise<[Page, Page, { id: string; editToken: string }]> {
  const a = await (await newContext(browser, 'Ana')).newPage()
  const res = await a.request.post('/api/boards', { data: { template } })
  expect(res.status()).toBe(201)
  const created = (await res.json()) as { id: string; editToken: string; editUrl: string }
  const url = new URL(created.editUrl)
  const b = await (await newContext(browser, 'Ben')).newPage()
  await openBoard(a, url.pathname + url.hash)
  await openBoard(b, url.pathname + url.hash)
  return [a, b, created]
}

/** A third collaborator connected straight to the sync socket, as any y-websocket client can. */
async function syncClient(page: Page, board: { id: string; editToken: string }) {
  const base = new URL(page.url()).origin.replace(/^http/, 'ws')
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${base}/sync`, board.id, doc, {
    params: { token: board.editToken },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  await expect.poll(() => provider.synced).toBe(true)
  return { doc, provider }
}

async function centre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox()
  if (!box) throw new Error(`no box for ${selector}`)
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

test('an iceberg note moved to another level changes its level for both people', async ({ browser }) => {
  const [a, b] = await twoOnTemplate(browser, 'iceberg')
  for (const p of [a, b]) {
    await expect(p.locator('[data-level="events"]')).toHaveAttribute('data-count', '1')
    await expect(p.locator('[data-level="structures"]')).toHaveAttribute('data-count', '0')
  }
  const note = a.locator('.react-flow__node-note').filter({ hasText: 'An event we noticed' })
  const from = await note.boundingBox()
  if (!from) throw new Error('note not on screen')
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 }
  const target = await centre(a, '[data-level="structures"]')
  await a.mouse.move(start.x, start.y)
  await a.mouse.down()
  await a.mouse.move(start.x, (start.y + target.y) / 2, { steps: 6 })
  await a.mouse.move(start.x, target.y, { steps: 6 })
  await a.mouse.up()

  for (const p of [a, b]) {
    await expect(p.locator('[data-level="structures"]')).toHaveAttribute('data-count', '1')
    await expect(p.locator('[data-level="events"]')).toHaveAttribute('data-count', '0')
  }
  // The outline (screen readers, print) reads the note under its new level.
  await b.getByRole('button', { name: 'Outline' }).click()
  const outline = b.getByRole('dialog', { name: /Board outline/ })
  await expect(outline.getByRole('listitem').filter({ hasText: /^Structures — / })).toContainText('An event we noticed')
  await b.keyboard.press('Escape')

  // Switching to the aspirational variant changes the guiding questions for everyone.
  await a.getByRole('button', { name: 'Aspirational' }).click()
  await expect(b.locator('[data-level="events"]')).toContainText('What are we trying to grow?')
  await expect(b.getByRole('button', { name: 'Aspirational' })).toHaveAttribute('aria-pressed', 'true')
})

test('a behaviour-over-time line drawn by one person appears for the other', async ({ browser }) => {
  const [a, b] = await twoOnTemplate(browser, 'behaviour-over-time')
  await expect(b.getByTestId('botg-line')).toHaveCount(0)
  await a.getByTestId('botg-draw').click()
  const surface = await a.getByTestId('botg-surface').boundingBox()
  if (!surface) throw new Error('no drawing surface')
  const at = (fx: number, fy: number) => [surface.x + surface.width * fx, surface.y + surface.height * fy] as const
  await a.mouse.move(...at(0.05, 0.9))
  await a.mouse.down()
  for (const [fx, fy] of [
    [0.1, 0.8],
    [0.2, 0.7],
    [0.3, 0.75],
    [0.4, 0.85],
    [0.5, 0.6],
  ] as const) {
    await a.mouse.move(...at(fx, fy), { steps: 4 })
  }
  await a.mouse.up()

  for (const p of [a, b]) {
    await expect(p.getByTestId('botg-line')).toHaveCount(1)
    await expect(p.getByRole('textbox', { name: 'Line name' })).toHaveValue('Line 1')
  }
  // Renaming the line shows up for the other person too.
  const name = a.getByRole('textbox', { name: 'Line name' })
  await name.fill('Stress')
  await name.press('Enter')
  await expect(b.getByRole('textbox', { name: 'Line name' })).toHaveValue('Stress')
})

test('a connection circle turned into a causal-loop diagram keeps every link', async ({ browser }) => {
  const [a, b, board] = await twoOnTemplate(browser, 'connection-circle')
  const c = await syncClient(a, board)
  const byLabel = new Map([...boardMaps(c.doc).nodes].map(([id, n]) => [String(n.get('label')), id]))
  for (const [from, to] of [
    ['Homework load', 'Stress'],
    ['Stress', 'Sleep'],
    ['Sleep', 'Grades'],
  ] as const) {
    addLink(c.doc, { source: byLabel.get(from)!, target: byLabel.get(to)!, polarity: '+' })
  }
  for (const p of [a, b]) await expect(p.locator('.react-flow__edge')).toHaveCount(3)

  await a.getByTestId('circle-to-cld').click()
  for (const p of [a, b]) {
    await expect(p.locator('.react-flow__node-circle')).toHaveCount(0)
    await expect(p.locator('[data-testid="variable"]')).toHaveCount(8)
    await expect(p.locator('.react-flow__edge')).toHaveCount(3)
    // …and each link still joins the same two elements.
    for (const name of ['Homework load → Stress', 'Stress → Sleep', 'Sleep → Grades'])
      await expect(p.locator(`.react-flow__edge[aria-label="Link ${name}"]`)).toHaveCount(1)
  }
  // One undo step brings the circle back, links and all.
  await a.getByRole('button', { name: 'Undo' }).click()
  for (const p of [a, b]) {
    await expect(p.locator('.react-flow__node-circle')).toHaveCount(1)
    await expect(p.locator('.react-flow__edge')).toHaveCount(3)
  }
  c.provider.destroy()
})

test('a connection circle from the shape menu gets elements named at once, spaced round the ring', async ({ browser }) => {
  const [a, b] = await twoOnTemplate(browser, 'blank')
  await a.getByTestId('kind-palette').selectOption('circle')
  await expect(a.locator('.react-flow__node-circle')).toHaveCount(1)
  await a.getByRole('toolbar', { name: 'Board tools' }).getByRole('button', { name: 'Fit view' }).click()
  for (const name of ['Sleep', 'Stress', 'Grades']) {
    await a.getByRole('button', { name: 'Add element' }).click()
    await expect(a.getByRole('textbox', { name: 'Label' })).toBeFocused()
    await a.keyboard.type(name)
    await a.keyboard.press('Enter')
  }
  for (const p of [a, b]) {
    await expect(p.locator('.react-flow__node-circle')).toContainText('3 elements')
    for (const name of ['Sleep', 'Stress', 'Grades']) await expect(p.locator(`[data-testid="variable"][data-label="${name}"]`)).toBeVisible()
  }
  // One undo takes back the last element, its name included.
  await a.getByRole('button', { name: 'Undo' }).click()
  for (const p of [a, b]) await expect(p.locator('.react-flow__node-circle')).toContainText('2 elements')
})

test('a ladder added from the shape menu takes a note dropped on a rung', async ({ browser }) => {
  const [a, b] = await twoOnTemplate(browser, 'blank')
  await a.getByTestId('kind-palette').selectOption('ladder')
  await expect(a.locator('.react-flow__node-ladder')).toHaveCount(1)
  await a.getByRole('toolbar', { name: 'Board tools' }).getByRole('button', { name: 'Fit view' }).click()
  await a.getByRole('button', { name: 'Add sticky note' }).click()
  await a.keyboard.press('Escape')
  const note = a.locator('.react-flow__node-note').first()
  await expect(note).toBeVisible()
  const from = await note.boundingBox()
  if (!from) throw new Error('note not on screen')
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 }
  const target = await centre(a, '[data-rung="beliefs"]')
  await a.mouse.move(start.x, start.y)
  await a.mouse.down()
  await a.mouse.move(start.x + 5, (start.y + target.y) / 2, { steps: 6 })
  await a.mouse.move(start.x, target.y, { steps: 6 })
  await a.mouse.up()
  for (const p of [a, b]) await expect(p.locator('[data-rung="beliefs"]')).toHaveAttribute('data-count', '1')
})

test('stock-and-flow pipes draw as pipes; a link drawn between them is one; F turns a link into a pipe and back', async ({ browser }) => {
  const [a, b] = await twoOnTemplate(browser, 'stock-and-flow')
  for (const p of [a, b]) {
    await expect(p.locator('.react-flow__edge-pipe')).toHaveCount(4)
    await expect(p.locator('.react-flow__edge-causal')).toHaveCount(2)
    // A pipe is a hollow pipe with a head: no polarity, no delay mark.
    await expect(p.locator('.react-flow__edge-pipe [data-testid="pipe"]')).toHaveCount(4)
    await expect(p.locator('.react-flow__edge-pipe [data-testid="polarity"], .react-flow__edge-pipe .delay-mark')).toHaveCount(0)
    await expect(p.locator('.react-flow__edge-pipe[aria-label="Pipe Students joining → Students in the programme"]')).toHaveCount(1)
  }

  // The information link "word of mouth" becomes a pipe with F, for both people, and back.
  const stock = 'Students in the programme'
  await clickEdge(a, stock, 'Students joining')
  await a.keyboard.press('f')
  const asPipe = (p: Page) => p.locator(`.react-flow__edge-pipe[aria-label="Pipe ${stock} → Students joining"]`)
  for (const p of [a, b]) {
    await expect(asPipe(p)).toHaveCount(1)
    await expect(p.locator('.react-flow__edge-pipe')).toHaveCount(5)
  }
  // Still selected: its toolbar's Pipe button is pressed; pressing it with the keyboard undoes the pipe.
  const toggle = a.getByTestId('pipe-toggle')
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await toggle.focus()
  await a.keyboard.press('Enter')
  for (const p of [a, b]) {
    await expect(asPipe(p)).toHaveCount(0)
    await expect(p.locator('.react-flow__edge-pipe')).toHaveCount(4)
  }
  await expect(a.getByTestId('pipe-toggle')).toHaveAttribute('aria-pressed', 'false')
  // One undo step per toggle.
  await a.keyboard.press('Control+z')
  for (const p of [a, b]) await expect(asPipe(p)).toHaveCount(1)

  // A link drawn from the Sink cloud to the stock starts as a pipe.
  const from = a.locator('.react-flow__node-cloud').filter({ hasText: 'Sink' }).locator('.react-flow__handle-top')
  const to = a.locator('.react-flow__node-stock .react-flow__handle-top')
  await a.locator('.react-flow__node-cloud').filter({ hasText: 'Sink' }).hover()
  const start = await centre(a, '.react-flow__node-cloud:has-text("Sink") .react-flow__handle-top')
  const end = await centre(a, '.react-flow__node-stock .react-flow__handle-top')
  expect(await from.count()).toBe(1)
  expect(await to.count()).toBe(1)
  await a.mouse.move(start.x, start.y)
  await a.mouse.down()
  await a.mouse.move((start.x + end.x) / 2, start.y - 60, { steps: 5 })
  await a.mouse.move(end.x, end.y, { steps: 5 })
  await a.mouse.up()
  for (const p of [a, b]) await expect(p.locator(`.react-flow__edge-pipe[aria-label="Pipe Sink → ${stock}"]`)).toHaveCount(1)

  // The outline reads pipes as material flowing.
  await b.getByRole('button', { name: 'Outline' }).click()
  const outline = b.getByRole('dialog', { name: /Board outline/ })
  await expect(outline.getByRole('listitem').filter({ hasText: `Students joining flows into ${stock}` }).first()).toBeVisible()
})
