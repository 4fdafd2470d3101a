import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import type { RunningServer } from '../index'
import {
  closeCode,
  connect,
  contentOf,
  createBoard,
  rawSocket,
  removeDir,
  startServer,
  synced,
  tempDir,
  waitFor,
} from '../testing/helpers'
import { opened, step1Frame } from '../testing/frames'
import { FRAME_KINDS, FRAME_MAKERS } from '../testing/bad-frames'
import { prng, randomEdit } from '../testing/random-edits'
import { CLOSE } from './close-codes'

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
// Codes the server closes a malformed socket with: 4400 malformed, 1009 frame too big.
const REJECT_CODES = new Set([CLOSE.MALFORMED, CLOSE.TOO_BIG])
// Shapes that can still be valid Yjs: a few flipped bytes may decode, and an item whose parent
// is missing is held pending (as out-of-order delivery is) and bounded by MAX_PENDING_BYTES.
const MAY_BE_VALID = new Set(['mutatedUpdate', 'mutatedStep2', 'badParent'])

describe('fuzzing the sync socket', () => {
  it(
    `rejects ${TOTAL} malformed frames of many shapes, each with a clear code, while honest clients edit and converge`,
    { timeout: 120_000 },
    async () => {
      dir = tempDir()
      server = await startServer(dir, {
        maxFrameBytes: 64 * 1024,
        maxConnsPerIp: 10_000,
        maxMsgsPerSec: 100_000,
      })
      const s = server
      const board = await createBoard(s.url)
      for (let i = 0; i < 3; i++)
        providers.push(connect(s.url, board.id, board.editToken, new Y.Doc()))
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
      // Only frames the server itself refused count: one malformed frame per edit socket (the
      // server closes on the first), and a mutated update that happens to be valid Yjs is
      // accepted, stored and counted apart, never as a rejection.
      let rejected = 0
      const acceptedByKind: Record<string, number> = {}
      const rejectedByKind: Record<string, number> = {}
      const otherCloses: number[] = []
      let n = 0
      const worker = async (): Promise<void> => {
        while (rejected < TOTAL) {
          const i = n++
          const ws = rawSocket(s.url, board.id, board.editToken)
          const closed = closeCode(ws)
          ws.on('error', () => {})
          try {
            await opened(ws)
          } catch {
            continue
          }
          const kind =
            i % 500 === 0 ? 'oversized' : FRAME_KINDS[Math.floor(rnd() * FRAME_KINDS.length)]!
          const frame = kind === 'oversized' ? new Uint8Array(70 * 1024) : FRAME_MAKERS[kind]!(rnd)
          // A socket the server kept open answers this step 1 with a step 2: the frame was valid.
          let answered = false
          ws.on('message', (d: Buffer) => {
            if (d[0] === 0 && d[1] === 1) {
              answered = true
              ws.close()
            }
          })
          ws.send(frame)
          if (ws.readyState === ws.OPEN) ws.send(step1Frame(new Uint8Array([0])))
          const code = await closed
          if (REJECT_CODES.has(code as never) && !answered) {
            rejected++
            rejectedByKind[kind] = (rejectedByKind[kind] ?? 0) + 1
          } else if (answered) acceptedByKind[kind] = (acceptedByKind[kind] ?? 0) + 1
          else otherCloses.push(code)
        }
      }
      await Promise.all(Array.from({ length: WORKERS }, () => worker()))
      fuzzing = false
      await honest

      expect(rejected).toBeGreaterThanOrEqual(TOTAL)
      expect(otherCloses).toEqual([])
      // Every shape was refused at least once, and the server's own counters agree.
      expect(
        [...FRAME_KINDS, 'oversized'].filter((k) => !MAY_BE_VALID.has(k) && !rejectedByKind[k]),
      ).toEqual([])
      expect(Object.keys(acceptedByKind).filter((k) => !MAY_BE_VALID.has(k))).toEqual([])
      const counted = [...s.metrics.rejected.values.entries()]
        .filter(
          ([k]) =>
            !/read_only|awareness_spoof|rate_paused|slow_client|too_many|unknown_board|token/.test(
              k,
            ),
        )
        .reduce((sum, [, v]) => sum + v, 0)
      expect(counted).toBeGreaterThanOrEqual(rejected - (rejectedByKind.oversized ?? 0))
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200)
      console.log(
        `fuzz: ${rejected} rejected by shape ${JSON.stringify(rejectedByKind)}; still-valid accepted ${JSON.stringify(acceptedByKind)}`,
      )

      // Honest clients converge with each other and with the server.
      const room = s.rooms.get(board.id)!
      await waitFor(
        () => providers.every((p) => contentOf(p.doc) === contentOf(room.doc)),
        'honest convergence',
        30_000,
      )
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
    },
  )
})
