import { useSyncExternalStore } from 'react'

/** Which node's label this user is editing (local UI state; mirrored into awareness `editing`). */
let editing: string | null = null
const listeners = new Set<() => void>()

export function setEditing(id: string | null): void {
  if (editing === id) return
  editing = id
  for (const l of listeners) l()
}

export function getEditing(): string | null {
  return editing
}

export function subscribeEditing(l: () => void): () => void {
  listeners.add(l)
  return () => listeners.delete(l)
}

export function useIsEditing(id: string): boolean {
  return useSyncExternalStore(subscribeEditing, () => editing === id)
}

export function useEditing(): string | null {
  return useSyncExternalStore(subscribeEditing, () => editing)
}
