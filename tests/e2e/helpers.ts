import { expect } from '@playwright/test'
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test'

/** Sets the presence identity before any page script runs, so the name dialog never shows. */
export async function presetIdentity(context: BrowserContext, name: string, color = '#00798c'): Promise<void> {
  await context.addInitScript(
    ([n, c]) => localStorage.setItem('causeway.user', JSON.stringify({ name: n, color: c })),
    [name, color] as const,
  )
}

export async function newContext(browser: Browser, name: string, color?: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  await presetIdentity(context, name, color)
  return context
}

/** Creates a board through the home page UI and returns its edit URL (with the #t= token). */
export async function createBoardViaHome(page: Page, title: string): Promise<string> {
  await page.goto('/')
  await page.getByLabel('Board title').fill(title)
  await page.getByRole('button', { name: 'New board' }).click()
  await page.waitForURL(/\/b\/[^/]+#t=/)
  await expect(page.locator('.react-flow__pane')).toBeVisible()
  return page.url()
}

/** Creates a board through the API (faster setup when the home page is not under test). */
export async function createBoardViaApi(
  page: Page,
  title = 'Test board',
  template?: string,
): Promise<{ editUrl: string; viewUrl: string }> {
  const res = await page.request.post('/api/boards', { data: { title, template } })
  expect(res.status()).toBe(201)
  const body = (await res.json()) as { editUrl: string; viewUrl: string }
  const rel = (u: string) => {
    const url = new URL(u)
    return url.pathname + url.hash
  }
  return { editUrl: rel(body.editUrl), viewUrl: rel(body.viewUrl) }
}

export async function openBoard(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await expect(page.locator('.react-flow__pane')).toBeVisible()
}

export function variable(page: Page, label: string): Locator {
  return page.locator(`[data-testid="variable"][data-label="${label}"]`)
}

export function syncStatus(page: Page): Locator {
  return page.getByTestId('sync-status')
}

/** Double-clicks empty canvas at (x, y) (relative to the canvas), types a label, presses Enter. */
export async function addVariable(page: Page, x: number, y: number, label: string): Promise<void> {
  await page.locator('.react-flow__pane').dblclick({ position: { x, y } })
  const editor = page.getByRole('textbox', { name: 'Label' })
  await expect(editor).toBeFocused()
  await page.keyboard.type(label)
  await page.keyboard.press('Enter')
  await expect(variable(page, label)).toBeVisible()
}

export async function rename(page: Page, from: string, to: string): Promise<void> {
  await variable(page, from).dblclick()
  const editor = page.getByRole('textbox', { name: 'Label' })
  await expect(editor).toBeFocused()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(to)
  await page.keyboard.press('Enter')
  await expect(variable(page, to)).toBeVisible()
}

async function center(l: Locator): Promise<{ x: number; y: number }> {
  const b = await l.boundingBox()
  if (!b) throw new Error('element has no box')
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 }
}

/** Drags from the source variable's right handle onto the target variable's left handle. */
export async function link(page: Page, from: string, to: string): Promise<void> {
  const source = variable(page, from)
  await source.hover()
  const start = await center(source.locator('.react-flow__handle-right'))
  const end = await center(variable(page, to).locator('.react-flow__handle-left'))
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 })
  await page.mouse.move(end.x, end.y, { steps: 5 })
  await page.mouse.up()
}

export function polarityButton(page: Page, from: string, to: string): Locator {
  return page.getByRole('button', { name: new RegExp(`^Polarity of link ${escape(from)} → ${escape(to)}:`) })
}

/** Drags a node by (dx, dy) screen pixels. */
export async function dragBy(page: Page, label: string, dx: number, dy: number): Promise<void> {
  const c = await center(variable(page, label).locator('.node-label'))
  await page.mouse.move(c.x, c.y)
  await page.mouse.down()
  await page.mouse.move(c.x + dx / 2, c.y + dy / 2, { steps: 5 })
  await page.mouse.move(c.x + dx, c.y + dy, { steps: 5 })
  await page.mouse.up()
}

/** A node's position in flow coordinates, read from React Flow's transform. */
export async function flowPosition(page: Page, label: string): Promise<{ x: number; y: number }> {
  const transform = await page
    .locator('.react-flow__node', { has: variable(page, label) })
    .evaluate((el) => (el as HTMLElement).style.transform)
  const m = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform)
  if (!m) throw new Error(`no transform: ${transform}`)
  return { x: Number(m[1]), y: Number(m[2]) }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Clicks the middle of the first link whose polarity button names these ends. */
export async function clickEdge(page: Page, from: string, to: string): Promise<void> {
  const path = edgeLocator(page, from, to).locator('path.react-flow__edge-interaction')
  const p = await path.evaluate((el) => {
    const g = el as SVGPathElement
    const pt = g.getPointAtLength(g.getTotalLength() / 2)
    const m = g.getScreenCTM()!
    return { x: pt.x * m.a + pt.y * m.c + m.e, y: pt.x * m.b + pt.y * m.d + m.f }
  })
  await page.mouse.click(p.x, p.y)
}

/** A link on the canvas, by the labels of its two ends. */
export function edgeLocator(page: Page, from: string, to: string): Locator {
  return page.locator(`.react-flow__edge[aria-label="Link ${from} → ${to}"]`)
}
