import { expect } from '@playwright/test'
import type { Browser, BrowserContext, Page } from '@playwright/test'

/** Helpers for workshop.spec.ts: joining by code, reading the canvas viewport. */

/** React Flow's viewport as {x, y, zoom}, read from the transform it renders. */
export async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page
    .locator('.react-flow__viewport')
    .evaluate((el) => (el as HTMLElement).style.transform)
  const m = /translate\((-?[\d.e-]+)px,\s*(-?[\d.e-]+)px\)\s*scale\(([\d.e-]+)\)/.exec(transform)
  if (!m) throw new Error(`no viewport transform: ${transform}`)
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) }
}

export const sameView = (
  a: { x: number; y: number; zoom: number },
  b: { x: number; y: number; zoom: number },
) => Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1 && Math.abs(a.zoom - b.zoom) < 0.001

/** A participant with no remembered name: the join page asks for it. */
export async function join(
  browser: Browser,
  code: string,
  name: string,
  team: number,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(`/join#code=${code}`)
  await expect(page.getByLabel('Join code')).toHaveValue(code)
  await page.getByLabel('Your name').fill(name)
  await page.getByLabel('Team (optional)').selectOption(String(team))
  await page.getByRole('button', { name: 'Join' }).click()
  await page.waitForURL(/\/b\/[^/#]+$/)
  await expect(page.locator('.react-flow__pane')).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Who are you?' })).toHaveCount(0)
  return { context, page }
}

/** A workshop made through the API, with its dashboard open in a facilitator's context. */
export async function dashboardFor(
  page: Page,
  body: Record<string, unknown>,
): Promise<{ id: string; code: string; facilitatorToken: string; boards: { boardId: string }[] }> {
  const res = await page.request.post('/api/workshops', { data: body })
  expect(res.status()).toBe(201)
  const created = (await res.json()) as {
    id: string
    code: string
    facilitatorToken: string
    facilitatorUrl: string
    boards: { boardId: string }[]
  }
  const url = new URL(created.facilitatorUrl)
  await page.goto(url.pathname + url.hash)
  await expect(page.getByTestId('join-code')).toHaveText(created.code)
  return created
}
