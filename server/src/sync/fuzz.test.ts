import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import type { RunningServer } from '../index'
import { connect, contentOf, createBoard, rawSocket, removeDir, startServer, synced, tempDir, waitFor } from '../testing/helpers'
import { opened, step1Frame } from '../testing/frames'
import { FRAME_KINDS, FRAME_MAKERS } from '../testing/bad-frames'
import { prng, randomEdit } from '../testing/random-edits'

let server: RunningServer | null = null
let dir = ''
const providers: WebsocketProvider[] = []

afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy()
  await server?.close()
  server = null
  if (dir) removeDir(dir)
})

const TOTAL = 10_000
const WORKERS = 16
const PER_SOCKET = 6

describe('fuzzing the sync socket', () => {
  it(`survives ${TOTAL} hostile frames of many shapes while honest clients edit and converge`, { timeout: 90_000 }, async () => {
    dir = tempDir()
    server = await startServer(dir, { maxFrameBytes: 64 * 1024, maxConnsPerIp: 10_000, maxMsgsPerSec: 100_000 })
    const s = server
    const board = await createBoard(s.url)
    for (let i = 0; i < 3; i++) providers.push(connect(s.url, board.id, board.editToken, new Y.Doc()))
    await Promise.all(providers.map(synced))

    let fuzzing = true
    const honestRnd = prng(99)
    const honest = (async () => {
      while (fuzzing) {
        randomEdit(providers[Math.floor(honestRnd() * providers.length)]!.doc, honestRnd)
        await new Promise((r) => setTimeout(r, 5))
      }
    })()

    const rnd = prng(1234)
    // Every hostile frame the server handles lands in exactly one of these rejection reasons
    // (or, for a mutated update that is still valid Yjs, is simply accepted and stored).
    const handled = () =>
      [...s.metrics.rejected.values.entries()]
        .filter(([k]) => !/awareness_spoof|rate_paused|slow_client|too_many|unknown_board|token/.test(k))
        .reduce((n, [, v]) => n + v, 0)
    let sent = 0
    const byKind: Record<string, number> = {}
    const worker = async (w: number): Promise<void> => {
      while (handled() < TOTAL) {
        // A view socket's well-formed writes are dropped without closing, so each view socket
        // carries a few hostile updates before its malformed last frame; edit sockets get
        // hostile updates checked all the way through the shape check and the shadow doc.
        const view = rnd() < 0.5
        const ws = rawSocket(s.url, board.id, view ? board.viewToken : board.editToken)
        const closed = new Promise<void>((r) => ws.on('close', () => r()))
        ws.on('error', () => {})
        try {
          await opened(ws)
        } catch {
          continue
        }
        const frames: (Uint8Array | string)[] = []
        if (view) for (let i = 0; i < PER_SOCKET; i++) frames.push(FRAME_MAKERS.mutatedUpdate!(rnd))
        const kind = FRAME_KINDS[Math.floor(rnd() * FRAME_KINDS.length)]!
        byKind[kind] = (byKind[kind] ?? 0) + 1
        frames.push(FRAME_MAKERS[kind]!(rnd))
        if ((sent + w) % 500 === 0) frames.push(new Uint8Array(70 * 1024)) // oversized → 1009
        for (const f of frames) if (ws.readyState === ws.OPEN) ws.send(f)
        sent += frames.length
        // The server closes malformed sockets itself; for any it kept open (a mutated update
        // that is still valid Yjs), its sync step 2 answer shows every frame was handled.
        ws.on('message', (d: Buffer) => {
          if (d[0] === 0 && d[1] === 1) ws.close()
        })
        if (ws.readyState === ws.OPEN) ws.send(step1Frame(new Uint8Array([0])))
        await closed
      }
    }
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)))
    fuzzing = false
    await honest

    expect(handled()).toBeGreaterThanOrEqual(TOTAL)
    expect(Object.keys(byKind).length).toBe(FRAME_KINDS.length)
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200)

    // Honest clients converge with each other and with the server.
    const room = s.rooms.get(board.id)!
    await waitFor(() => providers.every((p) => contentOf(p.doc) === contentOf(room.doc)), 'honest convergence', 30_000)
    await room.flush()
    const final = contentOf(room.doc)

    // The store is intact: a fresh server on the same data dir serves the same board.
    for (const p of providers.splice(0)) p.destroy()
    await s.close()
    server = await startServer(dir)
    const fresh = connect(server.url, board.id, board.viewToken, new Y.Doc())
    providers.push(fresh)
    await synced(fresh)
    expect(contentOf(fresh.doc)).toBe(final)
  })
})
