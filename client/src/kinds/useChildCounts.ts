import { useCallback, useRef, useSyncExternalStore } from 'react'
import { boardMaps } from '@causeway/model'
import { useBoard } from '../board/BoardContext'

/**
 * How many nodes sit in each band of a container (by their `level` or `rung` field), so a band
 * can say "2 notes" to a screen reader and everyone sees the same count after a move.
 */
export function useChildCounts(containerId: string, field: 'level' | 'rung'): Record<string, number> {
  const { doc } = useBoard()
  const cache = useRef<{ key: string; value: Record<string, number> }>({ key: '', value: {} })

  const subscribe = useCallback(
    (onChange: () => void) => {
      const nodes = boardMaps(doc).nodes
      nodes.observeDeep(onChange)
      return () => nodes.unobserveDeep(onChange)
    },
    [doc],
  )

  const getSnapshot = useCallback(() => {
    const counts: Record<string, number> = {}
    for (const n of boardMaps(doc).nodes.values()) {
      if (n.get('parent') !== containerId) continue
      const band = n.get(field)
      if (typeof band === 'string') counts[band] = (counts[band] ?? 0) + 1
    }
    // Same counts → same object, so React skips the render.
    const key = JSON.stringify(counts)
    if (key !== cache.current.key) cache.current = { key, value: counts }
    return cache.current.value
  }, [doc, containerId, field])

  return useSyncExternalStore(subscribe, getSnapshot)
}
