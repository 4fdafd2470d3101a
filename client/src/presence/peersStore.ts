import { createContext, useContext, useSyncExternalStore } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { readPeer } from './schema'
import type { PeerState } from './schema'

export interface Peer extends PeerState {
  clientId: number
}

/**
 * Remote peers from awareness, as one immutable snapshot per change, plus a per-node index whose
 * values are strings, so a node re-renders only when someone starts or stops selecting/editing it
 * (not every time a cursor moves). Listens to awareness only while something subscribes.
 */
export class PeersStore {
  peers: Peer[] = []
  byNode = new Map<string, string>()
  private listeners = new Set<() => void>()

  constructor(private readonly awareness: Awareness) {
    this.refresh()
  }

  subscribe = (l: () => void) => {
    if (this.listeners.size === 0) {
      this.awareness.on('change', this.onChange)
      this.refresh()
    }
    this.listeners.add(l)
    return () => {
      this.listeners.delete(l)
      if (this.listeners.size === 0) this.awareness.off('change', this.onChange)
    }
  }

  // Our own cursor moving (about 30 times a second while dragging) changes nothing shown here;
  // refreshing would hand RemoteCursors a new array and wake every node's mark.
  private onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    const me = this.awareness.clientID
    if ([added, updated, removed].some((ids) => ids.some((id) => id !== me))) this.refresh()
  }

  private refresh = () => {
    const peers: Peer[] = []
    const byNode = new Map<string, string>()
    for (const [clientId, raw] of this.awareness.getStates()) {
      if (clientId === this.awareness.clientID) continue
      const p = readPeer(raw)
      if (!p) continue
      peers.push({ clientId, ...p })
      for (const id of p.selection) byNode.set(id, encodeMark(p.user.color, p.user.name, false))
      if (p.editing) byNode.set(p.editing, encodeMark(p.user.color, p.user.name, true))
    }
    this.peers = peers
    this.byNode = byNode
    for (const l of this.listeners) l()
  }
}

function encodeMark(color: string, name: string, editing: boolean): string {
  return `${color}\t${editing ? 1 : 0}\t${name}`
}

export interface NodeMark {
  color: string
  name: string
  editing: boolean
}

export function decodeMark(s: string | undefined): NodeMark | null {
  if (!s) return null
  const [color = '', editing, ...name] = s.split('\t')
  return { color, editing: editing === '1', name: name.join('\t') }
}

export const PeersContext = createContext<PeersStore | null>(null)

const noSubscribe = () => () => {}
const noPeers: Peer[] = []

export function usePeers(): Peer[] {
  const store = useContext(PeersContext)
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, () => store?.peers ?? noPeers)
}

/** Who else (if anyone) is selecting or editing this node. */
export function useNodeMark(nodeId: string): NodeMark | null {
  const store = useContext(PeersContext)
  const s = useSyncExternalStore(store?.subscribe ?? noSubscribe, () => store?.byNode.get(nodeId))
  return decodeMark(s)
}
