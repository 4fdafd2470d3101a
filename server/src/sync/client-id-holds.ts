interface Hold {
  key: string
  owner: string
  until: number
}

export interface ClientIdHoldLimits {
  /** How long a released id stays held for the link it was released by. */
  holdMs: number
  /** Holds one link may have on one board; past it that link's oldest hold goes. */
  perOwner: number
  /** Holds in all; past it the oldest goes (memory bound). */
  total: number
}

/**
 * Awareness client ids whose socket closed, held for a while for the link (token) that spoke
 * for them. A stock provider reconnects with the same client id; until it does, anyone who
 * read the id from broadcast presence could otherwise claim it and speak as that person, and
 * the real one would then be refused as a spoof. Outlives rooms, so an unload in between
 * changes nothing.
 */
export class ClientIdHolds {
  /** In insertion order, which with one hold time is also expiry order. */
  private holds = new Map<string, Hold>()
  /** board + owner → its hold keys, oldest first: one link's churn only evicts its own holds. */
  private byOwner = new Map<string, Set<string>>()

  constructor(
    private readonly limits: ClientIdHoldLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Holds `clientId` on the board for `owner` (a hash of the token it was released by). */
  hold(boardId: string, clientId: number, owner: string): void {
    this.prune()
    const key = holdKey(boardId, clientId)
    this.remove(key)
    const ownerKey = `${boardId}\n${owner}`
    const old = this.byOwner.get(ownerKey)
    while (old && old.size >= this.limits.perOwner) this.remove(old.values().next().value!)
    while (this.holds.size >= this.limits.total) this.remove(this.holds.keys().next().value!)
    let mine = this.byOwner.get(ownerKey)
    if (!mine) this.byOwner.set(ownerKey, (mine = new Set()))
    this.holds.set(key, { key, owner: ownerKey, until: this.now() + this.limits.holdMs })
    mine.add(key)
  }

  /**
   * Whether `owner` may claim the id: nobody holds it, the hold ran out, or it is `owner`'s own.
   * A granted claim ends the hold (the id is owned by a live socket again).
   */
  claim(boardId: string, clientId: number, owner: string): boolean {
    const key = holdKey(boardId, clientId)
    const h = this.holds.get(key)
    if (!h) return true
    if (h.until > this.now() && h.owner !== `${boardId}\n${owner}`) return false
    this.remove(key)
    return true
  }

  /** Live holds (expired ones are dropped first). */
  get size(): number {
    this.prune()
    return this.holds.size
  }

  private prune(): void {
    const t = this.now()
    for (const h of this.holds.values()) {
      if (h.until > t) break
      this.remove(h.key)
    }
  }

  private remove(key: string): void {
    const h = this.holds.get(key)
    if (!h) return
    this.holds.delete(key)
    const mine = this.byOwner.get(h.owner)
    mine?.delete(key)
    if (mine?.size === 0) this.byOwner.delete(h.owner)
  }
}

function holdKey(boardId: string, clientId: number): string {
  return `${boardId}\n${clientId}`
}
