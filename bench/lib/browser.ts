/** Headless Chromium measurements against our running server and built client. */
import type { Browser, Page } from '@playwright/test'
import { nowMs } from './stats.ts'

export async function launch(): Promise<Browser> {
  const { chromium } = await import('@playwright/test')
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  // A preset identity keeps the "what's your name" dialog from blocking the board.
  await context.addInitScript(() => localStorage.setItem('causeway.user', JSON.stringify({ name: 'Bench', color: '#00798c' })))
  return context.newPage()
}

/** goto → canvas visible, synced ("saved"), and at least `minNodes` variables rendered. */
export async function timeToInteractive(page: Page, url: string, minNodes: number): Promise<number> {
  const t0 = nowMs()
  await page.goto(url)
  await page.locator('.react-flow__pane').waitFor({ state: 'visible', timeout: 30_000 })
  await page.locator('[data-testid="sync-status"][data-status="saved"]').waitFor({ timeout: 30_000 })
  if (minNodes > 0) {
    await page.waitForFunction(`document.querySelectorAll('[data-testid="variable"]').length >= ${minNodes}`, undefined, { timeout: 30_000 })
  }
  return nowMs() - t0
}

/**
 * Drags the first visible variable for ~1 s and returns the frame intervals seen meanwhile.
 * `dir` -1 drags leftwards, so repeated drags can go back and forth instead of walking the node
 * off the canvas (under the side panel, where the next drag would grab nothing).
 */
export async function dragFrameTimes(page: Page, steps: number, dir: 1 | -1 = 1): Promise<number[]> {
  const node = page.locator('[data-testid="variable"]').first()
  const box = await node.boundingBox()
  if (!box) throw new Error('no variable on screen to drag')
  // Strings, not functions: tsx's keepNames wraps functions in a __name() the page does not have.
  await page.evaluate(`(() => {
    window.__frames = []
    window.__rec = true
    const tick = (t) => { window.__frames.push(t); if (window.__rec) requestAnimationFrame(tick) }
    requestAnimationFrame(tick)
  })()`)
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(x + dir * i * 4, y + Math.sin(i / 5) * 40)
    await page.waitForTimeout(16)
  }
  await page.mouse.up()
  const frames = await page.evaluate<number[]>('(window.__rec = false, window.__frames)')
  return frames.slice(1).map((t, i) => t - (frames[i] as number))
}
