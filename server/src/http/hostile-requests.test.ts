import { afterEach, describe, expect, it } from 'vitest'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { RunningServer } from '../index'
import { connect, createBoard, removeDir, startServer, synced, tempDir } from '../testing/helpers'
import { rawHttp, UPGRADE_HEADERS } from '../testing/raw-http'
import type { WebsocketProvider } from 'y-websocket'

let server: RunningServer | null = null
let dir = ''
const providers: WebsocketProvider[] = []

afterEach(async () => {
  for (const p of providers.splice(0)) p.destroy()
  await server?.close()
  server = null
  if (dir) removeDir(dir)
})

/** The process still serves: health check and a real sync socket. */
async function stillServing(s: RunningServer): Promise<void> {
  expect((await fetch(`${s.url}/healthz`)).status).toBe(200)
  const b = await createBoard(s.url)
  const p = connect(s.url, b.id, b.editToken)
  providers.push(p)
  await synced(p)
}

describe('hostile raw HTTP requests', () => {
  it('an upgrade request whose target new URL() rejects gets 400 and the server keeps serving', async () => {
    dir = tempDir()
    server = await startServer(dir)
    const b = await createBoard(server.url)
    const upgrades = [
      'GET http://[bad HTTP/1.1', // the audit's one-request crash: ERR_INVALID_URL
      'GET //[::1 HTTP/1.1', // protocol-relative with a broken host
      'GET http://x:99999/sync/abc HTTP/1.1', // port out of range
      `GET /sync/%E0%A4%A?token=%ZZ HTTP/1.1`, // undecodable board id and token
      `GET /sync/${b.id}?token=${b.editToken}&token=x HTTP/1.1`,
      'GET /elsewhere HTTP/1.1',
    ]
    for (const line of upgrades) {
      const answer = await rawHttp(server.port, `${line}\r\n${UPGRADE_HEADERS}`)
      // A WebSocket may open (101) when the URL is fine; it must never be left unanswered.
      expect(answer, line).toMatch(/^HTTP\/1\.1 (101|400|404) /)
    }
    expect(await rawHttp(server.port, `GET http://[bad HTTP/1.1\r\n${UPGRADE_HEADERS}`)).toMatch(/^HTTP\/1\.1 400 /)
    // Broken handshakes on a good path are refused by ws itself, also without harm.
    const badKey = UPGRADE_HEADERS.replace('dGhlIHNhbXBsZSBub25jZQ==', '!!')
    expect(await rawHttp(server.port, `GET /sync/${b.id}?token=${b.editToken} HTTP/1.1\r\n${badKey}`)).toMatch(/^HTTP\/1\.1 400 /)
    // The same targets as plain requests reach the HTTP handler, which answers 400 too.
    expect(await rawHttp(server.port, 'GET http://[bad HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /)
    await stillServing(server)
  })

  it.skipIf(process.platform !== 'linux')('a static file that fails while being read cuts that response off, not the process', async () => {
    dir = tempDir()
    const client = join(dir, 'client')
    mkdirSync(client)
    // stat() says a regular file, reading it fails with EIO: like a file swapped out by a rebuild.
    symlinkSync('/proc/self/mem', join(client, 'broken.js'))
    server = await startServer(dir, { clientDir: client })
    // The read fails before the headers go out, so the connection is closed with nothing sent;
    // rawHttp would time out if the response were left hanging.
    const answer = await rawHttp(server.port, 'GET /broken.js HTTP/1.1\r\nHost: x\r\n\r\n')
    expect(answer).not.toMatch(/^HTTP\/1\.1 200 [\s\S]*\r\n\r\n./)
    await stillServing(server)
  })
})
