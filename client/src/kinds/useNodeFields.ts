import { useCallback, useRef, useSyncExternalStore } from 'react'
import { boardMaps, nodeSnapshot } from '@causeway/model'
import type { NodeSnapshot } from '@causeway/model'
import { useBoard } from '../board/BoardContext'

/**
 * A node's fields read straight from the Y.Doc, so a kind component re-renders on remote edits of
 * fields the canvas does not pass through React Flow data (lines, level, w/h, …).
 */
export function useNodeFields(id: string): NodeSnapshot | null {
  const { doc } = useBoard()
  const cache = useRef<{ version: number; value: NodeSnapshot | null }>({ version: -1, value: null })
  const version = useRef(0)

  const subscribe = useCallback(
    (onChange: () => void) => {
      const nodes = boardMaps(doc).nodes
      let current = nodes.get(id)
      const bump = () => {
        version.current++
        onChange()
      }
      current?.observeDeep(bump)
      // The node itself may be replaced or removed (undo of a delete, a remote insert).
      const onNodes = (e: { keysChanged: Set<string> }) => {
        if (!e.keysChanged.has(id)) return
        current?.unobserveDeep(bump)
        current = nodes.get(id)
        current?.observeDeep(bump)
        bump()
      }
      nodes.observe(onNodes)
      return () => {
        nodes.unobserve(onNodes)
        current?.unobserveDeep(bump)
      }
    },
    [doc, id],
  )

  const getSnapshot = useCallback(() => {
    if (cache.current.version !== version.current) {
      const node = boardMaps(doc).nodes.get(id)
      cache.current = { version: version.current, value: node ? nodeSnapshot(id, node) : null }
    }
    return cache.current.value
  }, [doc, id])

  return useSyncExternalStore(subscribe, getSnapshot)
}

export function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback
}

export function str(v: unknown, fallback = ''): string {
  return typeof v === 'string' ? v : fallback
}
