import { PEER_COLORS } from './schema'
import type { PeerUser } from './schema'

const KEY = 'causeway.user'

/** The name and colour this person chose, remembered across boards on this device. */
export function loadIdentity(): PeerUser | null {
  try {
    const raw = localStorage.getItem(KEY)
    if (!raw) return null
    const v = JSON.parse(raw) as Partial<PeerUser>
    if (typeof v.name === 'string' && v.name.trim() && typeof v.color === 'string') {
      return { name: v.name, color: v.color }
    }
  } catch {
    // unreadable: ask again
  }
  return null
}

export function saveIdentity(user: PeerUser): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(user))
  } catch {
    // storage disabled: we ask again next time
  }
}

export function randomColor(): string {
  return PEER_COLORS[Math.floor(Math.random() * PEER_COLORS.length)]!
}
