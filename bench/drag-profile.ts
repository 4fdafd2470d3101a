/**
 * One-off drag profile for the canvas (the client suite times frames; this also takes a CPU
 * profile and counts re-rendered nodes/edges). Needs a running server and a built client:
 *   BASE=http://127.0.0.1:8861 node --import tsx bench/drag-profile.ts [vars] [links] [out.json]
 * Prints rAF frame intervals p50/p95 while dragging, top self-time functions, and how many
 * distinct node and edge elements React re-rendered during the drag.
 */
import fs from 'node:fs'
import * as Y from 'yjs'
import { boardMaps } from '@causeway/model'
import { connectClient } from './lib/targets.ts'
import { seedLargeBoard } from './lib/board-gen.ts'
import { percentiles, waitFor } from './lib/stats.ts'
import { dragFrameTimes, launch, newPage, timeToInteractive } from './lib/browser.ts'

const base = process.env.BASE ?? 'http://127.0.0.1:8861'
const vars = Number(process.argv[2] ?? 500)
const links = Number(process.argv[3] ?? 1000)
const out = process.argv[4]
const wsBase = base.replace(/^http/, 'ws') + '/sync'

// Counts what React rendered in each commit (React calls the devtools hook in production builds
// too). Like React DevTools, it descends only where a fiber's children were re-created
// (child !== alternate.child): a bailed-out subtree keeps stale flags from its last render.
// Off while frames are timed: the walk itself costs time.
const COUNTER = `(() => {
  const seen = { nodes: new Set(), edges: new Set(), commits: 0, byType: {} }
  window.__renders = seen
  window.__countRenders = false
  const hostOf = (f) => { while (f && f.tag !== 5) f = f.child; return f && f.stateNode }
  const nameOf = (t) => t && (t.displayName || t.name || (t.type && (t.type.displayName || t.type.name)) || (t.render && t.render.name))
  const count = (f) => {
    if (!(f.flags & 1) || typeof f.type === 'string' || f.tag === 3) return
    const t = nameOf(f.type)
    if (t) seen.byType[t] = (seen.byType[t] || 0) + 1
    const el = hostOf(f.child)
    if (!el || !el.getAttribute) return
    if (el.dataset && el.dataset.testid === 'variable') seen.nodes.add(el.parentElement && el.parentElement.dataset.id)
    else if (el.classList && el.classList.contains('react-flow__edge-path')) seen.edges.add(el.id)
  }
  const walk = (f) => {
    for (; f; f = f.sibling) {
      count(f)
      if (!f.alternate || f.child !== f.alternate.child) walk(f.child)
    }
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = { supportsFiber: true, inject: () => 1, onCommitFiberRoot: (_id, root) => {
    if (!window.__countRenders) return
    seen.commits++
    const r = root.current
    if (!r.alternate || r.child !== r.alternate.child) walk(r.child)
  }, onCommitFiberUnmount: () => {}, onPostCommitFiberRoot: () => {}, checkDCE: () => {} }
})()`

async function makeBoard(): Promise<string> {
  const res = await fetch(`${base}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"title":"drag profile"}' })
  const b = (await res.json()) as { id: string; editToken: string; editUrl: string }
  const doc = new Y.Doc()
  const c = connectClient('ours', wsBase, { name: b.id, token: b.editToken }, doc)
  await c.synced
  seedLargeBoard(doc, vars, links)
  const check = new Y.Doc()
  const r = connectClient('ours', wsBase, { name: b.id, token: b.editToken }, check)
  await r.synced
  await waitFor(() => boardMaps(check).nodes.size >= vars, 30_000, 'board stored')
  r.destroy()
  c.destroy()
  const u = new URL(b.editUrl)
  return `${base}${u.pathname}${u.hash}`
}

const url = await makeBoard()
const browser = await launch()
try {
  const page = await newPage(browser)
  await page.addInitScript(COUNTER)
  const tti = await timeToInteractive(page, url, 1)
  await page.waitForTimeout(1500) // loop search and first measurements settle
  const cdp = await page.context().newCDPSession(page)
  const runs: number[][] = []
  // Back and forth, so the node stays on the canvas for every drag.
  for (let i = 0; i < 4; i++) runs.push(await dragFrameTimes(page, 60, i % 2 ? -1 : 1))
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.start')
  await dragFrameTimes(page, 60)
  const { profile } = await cdp.send('Profiler.stop')
  if (out) fs.writeFileSync(out, JSON.stringify(profile))
  await page.waitForTimeout(500)
  await page.evaluate('window.__countRenders = true')
  await dragFrameTimes(page, 30, -1)
  const renders = await page.evaluate<{ nodes: number; edges: number; commits: number; byType: Record<string, number> }>(
    '({ nodes: window.__renders.nodes.size, edges: window.__renders.edges.size, commits: window.__renders.commits, byType: window.__renders.byType })',
  )
  const frames = runs.flat()
  const p = percentiles(frames)
  const long = frames.filter((f) => f > 50).length
  console.log(`time to interactive ${tti.toFixed(0)}ms (one load)`)
  console.log(`frames n=${p.n} p50=${p.p50.toFixed(1)}ms p95=${p.p95.toFixed(1)}ms p99=${p.p99.toFixed(1)}ms, ${long} over 50 ms`)
  console.log(`re-rendered during a drag: ${renders.nodes} node(s), ${renders.edges} edge(s) over ${renders.commits} commits`)
  // Component renders summed over those commits (names are readable in an unminified build).
  const busiest = Object.entries(renders.byType).sort((a, b) => b[1] - a[1]).slice(0, 12)
  console.log(`  component renders: ${busiest.map(([k, v]) => `${k}×${v}`).join(', ')}`)
  // self time per function name
  const dt = new Map<number, number>()
  const ts = profile.timeDeltas ?? []
  ;(profile.samples ?? []).forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (ts[i] ?? 0)))
  const self = new Map<string, number>()
  for (const n of profile.nodes) {
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`
    self.set(k, (self.get(k) ?? 0) + (dt.get(n.id) ?? 0) / 1000)
  }
  const total = [...self.entries()].filter(([k]) => !/\(idle\)|\(program\)/.test(k)).reduce((a, [, v]) => a + v, 0)
  console.log(`script+gc (non-idle) during one profiled drag: ${total.toFixed(0)}ms`)
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${v.toFixed(1).padStart(7)}ms  ${k}`)
} finally {
  await browser.close()
}
// The seeding providers leave timers behind; nothing else is pending once the browser is closed.
process.exit(0)
