import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { SyncTracker } from './syncStatus'

/** Just enough of a provider to drive the tracker: events, flags and a socket that records sends. */
class FakeProvider {
  wsconnected = false
  private _synced = false
  sent: Uint8Array[] = []
  ws = { readyState: 1, OPEN: 1, send: (m: Uint8Array) => this.sent.push(m) }
  private handlers = new Map<string, Set<(...a: unknown[]) => void>>()
  on(name: string, f: (...a: unknown[]) => void) {
    if (!this.handlers.has(name)) this.handlers.set(name, new Set())
    this.handlers.get(name)!.add(f)
  }
  off(name: string, f: (...a: unknown[]) => void) {
    this.handlers.get(name)?.delete(f)
  }
  emit(name: string, ...a: unknown[]) {
    for (const f of this.handlers.get(name) ?? []) f(...a)
  }
  get synced() {
    return this._synced
  }
  set synced(v: boolean) {
    if (v !== this._synced) {
      this._synced = v
      this.emit('sync', v)
    }
  }
  connect() {
    this.wsconnected = true
    this.emit('status', { status: 'connected' })
  }
  serverAnswersStep2() {
    this.synced = true
  }
}

describe('SyncTracker', () => {
  it('says Saved only after the server answered a probe sent after the last local change', () => {
    const doc = new Y.Doc()
    const p = new FakeProvider()
    const tracker = new SyncTracker(doc, p as unknown as WebsocketProvider)
    expect(tracker.getStatus()).toBe('syncing') // still connecting for the first time
    p.emit('connection-close', null)
    expect(tracker.getStatus()).toBe('offline')
    doc.getMap('m').set('offline edit', 1)
    p.connect()
    expect(tracker.getStatus()).toBe('syncing')
    p.serverAnswersStep2() // the connect handshake: not proof that our offline edit arrived
    expect(p.sent).toHaveLength(1)
    expect(tracker.getStatus()).toBe('syncing')
    p.serverAnswersStep2() // answer to our probe
    expect(tracker.getStatus()).toBe('saved')

    doc.getMap('m').set('x', 2)
    expect(tracker.getStatus()).toBe('syncing')
    expect(p.sent).toHaveLength(2)
    doc.getMap('m').set('y', 3) // while a probe is in flight: needs another one
    p.serverAnswersStep2()
    expect(tracker.getStatus()).toBe('syncing')
    expect(p.sent).toHaveLength(3)
    p.serverAnswersStep2()
    expect(tracker.getStatus()).toBe('saved')
  })

  it('a tab with no local changes is saved when the handshake completes, without a probe', () => {
    const doc = new Y.Doc()
    const p = new FakeProvider()
    const tracker = new SyncTracker(doc, p as unknown as WebsocketProvider)
    p.connect()
    expect(tracker.getStatus()).toBe('syncing')
    p.serverAnswersStep2()
    expect(p.sent).toHaveLength(0)
    expect(tracker.getStatus()).toBe('saved')
  })

  it('ignores updates that came from the server', () => {
    const doc = new Y.Doc()
    const p = new FakeProvider()
    const tracker = new SyncTracker(doc, p as unknown as WebsocketProvider)
    p.connect()
    p.serverAnswersStep2()
    expect(tracker.getStatus()).toBe('saved')
    const remote = new Y.Doc()
    remote.getMap('m').set('r', 1)
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), p)
    expect(tracker.getStatus()).toBe('saved')
  })
})
