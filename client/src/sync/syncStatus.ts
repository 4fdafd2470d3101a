import type * as Y from 'yjs'
import { encodeStateVector as Y_encodeStateVector } from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { encodeSyncStep1 } from './varint'

export type SyncStatus = 'saved' | 'syncing' | 'offline'

/**
 * "Saved" must be honest: connected, synced, and every local change confirmed by a server round
 * trip. y-websocket has no acks, so after local changes we send a sync step 1 and wait for the
 * server's step 2: the socket is ordered, so that answer comes after the server took our updates.
 * One probe is in flight at a time; changes made meanwhile trigger the next probe.
 */
export class SyncTracker {
  private localSeq = 0
  private probedSeq = -1
  // Nothing local yet means nothing to confirm: a fresh tab is saved once the handshake is done.
  // (It used to probe anyway, and on a 500-variable board that answer queued behind the first
  // render, keeping "Syncing…" up for another ~0.2 s.) Local changes, offline edits replayed
  // from IndexedDB included, still need a probe.
  private ackedSeq = 0
  private probing = false
  private listeners = new Set<() => void>()
  private status: SyncStatus = 'syncing'
  /** Until a connection attempt has failed, not being connected just means "still connecting". */
  private everDisconnected = false

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
  ) {
    doc.on('update', this.onUpdate)
    provider.on('sync', this.onSync)
    provider.on('status', this.onStatus)
    provider.on('connection-close', this.onClose)
    provider.on('connection-error', this.onClose)
    this.recompute()
  }

  destroy(): void {
    this.doc.off('update', this.onUpdate)
    this.provider.off('sync', this.onSync)
    this.provider.off('status', this.onStatus)
    this.provider.off('connection-close', this.onClose)
    this.provider.off('connection-error', this.onClose)
  }

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l)
    return () => this.listeners.delete(l)
  }

  getStatus = (): SyncStatus => this.status

  private onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) return
    this.localSeq++
    if (this.provider.wsconnected && this.provider.synced && !this.probing) this.probe()
    this.recompute()
  }

  private onClose = () => {
    this.everDisconnected = true
    this.recompute()
  }

  private onStatus = ({ status }: { status: string }) => {
    if (status === 'disconnected') this.everDisconnected = true
    // The connect handshake may or may not have carried our offline changes; probe to know.
    if (status !== 'connected') this.probing = false
    this.recompute()
  }

  private onSync = (synced: boolean) => {
    if (synced) {
      if (this.probing) this.ackedSeq = this.probedSeq
      this.probing = false
      if (this.ackedSeq !== this.localSeq) this.probe()
    }
    this.recompute()
  }

  private probe() {
    const ws = this.provider.ws
    if (!ws || ws.readyState !== ws.OPEN) return
    this.probing = true
    this.probedSeq = this.localSeq
    this.provider.synced = false
    ws.send(encodeSyncStep1(Y_encodeStateVector(this.doc)))
  }

  private recompute() {
    const offline = this.everDisconnected || (typeof navigator !== 'undefined' && navigator.onLine === false)
    const next: SyncStatus = !this.provider.wsconnected
      ? offline
        ? 'offline'
        : 'syncing'
      : this.provider.synced && !this.probing && this.ackedSeq === this.localSeq
        ? 'saved'
        : 'syncing'
    if (next !== this.status) {
      this.status = next
      for (const l of this.listeners) l()
    }
  }
}
