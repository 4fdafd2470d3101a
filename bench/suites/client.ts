/** Suite 5 — the client in headless Chromium: time to interactive, drag frame times, JS shipped. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import * as Y from 'yjs'
import { boardMaps } from '@causeway/model'
import { connectClient, startServer } from '../lib/targets.ts'
import { seedLargeBoard } from '../lib/board-gen.ts'
import { percentiles, median, waitFor } from '../lib/stats.ts'
import type { Report } from '../lib/report.ts'
import { oursUnavailable, repoRoot } from '../lib/ours.ts'
import { dragFrameTimes, launch, newPage, timeToInteractive } from '../lib/browser.ts'
import type { SuiteOptions } from '../lib/options.ts'

const dist = path.join(repoRoot, 'client', 'dist')

/** gzip bytes of what index.html pulls in on first load (lazy chunks are counted apart). */
function shippedBytes(): { firstJs: number; firstCss: number; allJs: number } {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
  const refs = new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] as string))
  const gz = (f: string): number => zlib.gzipSync(fs.readFileSync(f)).length
  let firstJs = 0
  let firstCss = 0
  for (const r of refs) {
    const f = path.join(dist, r)
    if (r.endsWith('.js')) firstJs += gz(f)
    else if (r.endsWith('.css')) firstCss += gz(f)
  }
  const allJs = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js')).reduce((a, f) => a + gz(path.join(dist, 'assets', f)), 0)
  return { firstJs, firstCss, allJs }
}

async function makeBoard(httpUrl: string, wsBase: string, vars: number): Promise<string> {
  const res = await fetch(`${httpUrl}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: `bench ${vars}` }) })
  const body = (await res.json()) as { id: string; editToken: string; editUrl: string }
  if (vars > 0) {
    const doc = new Y.Doc()
    const c = connectClient('ours', wsBase, { name: body.id, token: body.editToken }, doc)
    await c.synced
    seedLargeBoard(doc, vars, vars * 2)
    const check = new Y.Doc()
    const r = connectClient('ours', wsBase, { name: body.id, token: body.editToken }, check)
    await r.synced
    await waitFor(() => boardMaps(check).nodes.size >= vars, 30_000, 'board stored')
    r.destroy()
    c.destroy()
  }
  const u = new URL(body.editUrl)
  return `${httpUrl}${u.pathname}${u.hash}`
}

export async function clientSuite(report: Report, { quick }: SuiteOptions): Promise<void> {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    report.skip('client', 'suite', 'client/dist not built (run `pnpm exec vite build client`)')
    return
  }
  const built = fs.statSync(path.join(dist, 'index.html')).mtime.toISOString()
  const js = shippedBytes()
  report.add({ suite: 'client', metric: 'JS on first load (gzip)', target: 'Causeway', unit: 'KB', values: [js.firstJs / 1024], note: `client/dist built ${built}` })
  report.add({ suite: 'client', metric: 'CSS on first load (gzip)', target: 'Causeway', unit: 'KB', values: [js.firstCss / 1024] })
  report.add({ suite: 'client', metric: 'all JS chunks incl. lazy (gzip)', target: 'Causeway', unit: 'KB', values: [js.allJs / 1024] })
  report.headlines.push({ suite: 'client', metric: 'JS on first load (gzip)', unit: 'KB', ours: js.firstJs / 1024, bestPeer: NaN, bestPeerName: 'no peer', better: 'lower' })

  const reason = await oursUnavailable()
  if (reason) return report.skip('client', 'browser figures', reason)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cw-client-'))
  const server = await startServer('ours', dataDir)
  const browser = await launch()
  try {
    const reps = quick ? 2 : 3
    // Baseline in the same run: the same drag on a 2-variable board, so the big board's frame
    // times read as a ratio to what this machine and browser do with (almost) nothing to draw.
    const small = await newPage(browser)
    await timeToInteractive(small, await makeBoard(server.httpUrl, server.wsBase, 2), 1)
    const baseline = percentiles(await dragFrameTimes(small, quick ? 40 : 80))
    await small.context().close()
    report.add({ suite: 'client', metric: 'frame time while dragging (2-variable board, baseline) p95', target: 'Causeway', unit: 'ms', values: [baseline.p95], note: `${baseline.n} frames` })
    for (const vars of [0, 500]) {
      const url = await makeBoard(server.httpUrl, server.wsBase, vars)
      const times: number[] = []
      let frames: number[] = []
      for (let i = 0; i < reps; i++) {
        const page = await newPage(browser)
        times.push(await timeToInteractive(page, url, vars > 0 ? 1 : 0))
        if (vars > 0 && i === 0) frames = await dragFrameTimes(page, quick ? 40 : 80)
        await page.context().close()
      }
      const what = vars ? `${vars}-variable, ${vars * 2}-link board` : 'empty board'
      report.add({ suite: 'client', metric: `time to interactive — ${what}`, target: 'Causeway', unit: 'ms', values: times, note: 'goto → canvas visible, synced ("saved"), nodes rendered' })
      report.headlines.push({ suite: 'client', metric: `time to interactive — ${what}`, unit: 'ms', ours: median(times), bestPeer: NaN, bestPeerName: 'no peer', better: 'lower' })
      if (frames.length) {
        const p = percentiles(frames)
        const long = frames.filter((f) => f > 50).length
        for (const [k, v] of [['p50', p.p50], ['p95', p.p95], ['p99', p.p99]] as const) {
          report.add({ suite: 'client', metric: `frame time while dragging (${what}) ${k}`, target: 'Causeway', unit: 'ms', values: [v], note: k === 'p50' ? `${p.n} frames, ${long} over 50 ms` : undefined })
        }
        report.headlines.push({ suite: 'client', metric: `frame time p95 while dragging — ${what}`, unit: 'ms', ours: p.p95, bestPeer: baseline.p95, bestPeerName: 'same drag, 2-variable board', better: 'lower', note: `${long} of ${p.n} frames over 50 ms; the ratio is to our own baseline, not a peer` })
      }
    }
  } finally {
    await browser.close()
    await server.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
