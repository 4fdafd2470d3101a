import type { CSSProperties } from 'react'
import type { NodeMark } from '../presence/peersStore'

/** Outline in a peer's colour when someone else selects or edits this node. */
export function peerOutline(mark: NodeMark | null): CSSProperties | undefined {
  if (!mark) return undefined
  return { outline: `${mark.editing ? 3 : 2}px ${mark.editing ? 'dashed' : 'solid'} ${mark.color}`, outlineOffset: 3 }
}
