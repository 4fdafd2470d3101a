/**
 * Child-process entry for the sync suite's time-to-first-sync probes: a fresh client joins a
 * room under load and is timed until its provider reports synced. It lives in its own process,
 * holding nothing else, because a probe inside a load worker waits behind hundreds of busy
 * clients' callbacks and times the worker, not the server. One process serves the whole suite.
 *
 * IPC: sends {type:'ready'}; {type:'warm', ...} → one untimed probe (the target's provider code
 * gets JIT-compiled before it is timed) → {type:'warm-ok'}; {type:'probe', ...ProbePlan} →
 * {type:'probes', ms}. Exits on {type:'close'}.
 */
import * as Y from 'yjs'
import { connectClient } from './targets.ts'
import type { Room, ServerKind } from './targets.ts'
import { nowMs, sleep } from './stats.ts'

export interface ProbePlan {
  kind: ServerKind
  wsBase: string
  rooms: Room[]
  /** When each probe starts, ms after the message arrives: a fixed schedule, not "while time is left". */
  offsetsMs: number[]
  /** A probe not synced by then counts as this value, so a stalled target is not dropped. */
  capMs: number
}

/** One probe: connect → synced, in ms, or the cap. */
async function probe(kind: ServerKind, wsBase: string, room: Room, capMs: number): Promise<number> {
  const doc = new Y.Doc()
  const started = nowMs()
  const client = connectClient(kind, wsBase, room, doc, capMs)
  try {
    await client.synced
    return nowMs() - started
  } catch {
    return capMs
  } finally {
    client.destroy()
  }
}

/** Every probe starts at its own offset whether or not the one before has finished. */
function runPlan(p: ProbePlan): Promise<number[]> {
  const t0 = nowMs()
  return Promise.all(
    p.offsetsMs.map(async (offset, i) => {
      await sleep(Math.max(0, offset - (nowMs() - t0)))
      // Spread over the rooms (first, middle, …) rather than always the first one.
      const room = p.rooms[Math.floor((i * p.rooms.length) / p.offsetsMs.length)] as Room
      return probe(p.kind, p.wsBase, room, p.capMs)
    }),
  )
}

// y-websocket adds a process 'exit' listener per provider.
process.setMaxListeners(0)

process.on('message', (m: { type: string } & ProbePlan) => {
  if (m.type === 'warm') {
    void probe(m.kind, m.wsBase, m.rooms[0] as Room, m.capMs).then(() => process.send?.({ type: 'warm-ok' }))
  } else if (m.type === 'probe') {
    void runPlan(m).then((ms) => process.send?.({ type: 'probes', ms }))
  } else if (m.type === 'close') process.exit(0)
})
process.send?.({ type: 'ready' })
