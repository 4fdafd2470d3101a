import { useState } from 'react'
import { useReactFlow, useStore } from '@xyflow/react'
import type { ReactFlowState } from '@xyflow/react'
import { moveNodes, toSnapshot } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { tl } from '../loops/messages'
import type { LayoutNode } from './elkLayout'

const selectedCount = (s: ReactFlowState) => {
  let n = 0
  for (const node of s.nodes) if (node.selected) n++
  return n
}

/**
 * Tidies the diagram with a layered (cause → effect) layout: the selection when two or more
 * items are selected, otherwise everything. Written back as ONE move, so one Ctrl+Z undoes it.
 * Must be rendered inside React Flow's provider.
 */
export function AutoLayoutButton() {
  const { doc, origin, readOnly, undoManager } = useBoard()
  const { getNodes } = useReactFlow()
  const selection = useStore(selectedCount)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (readOnly) return null

  const run = async () => {
    setBusy(true)
    setError(null)
    try {
      const all = getNodes()
      const scope = selection >= 2 ? all.filter((n) => n.selected) : all
      // Children of frames and containers are placed relative to their parent; they stay put.
      const nodes: LayoutNode[] = scope
        .filter((n) => !n.parentId)
        .map((n) => ({
          id: n.id,
          x: n.position.x,
          y: n.position.y,
          w: n.measured?.width ?? n.width ?? 120,
          h: n.measured?.height ?? n.height ?? 44,
        }))
      const edges = Object.values(toSnapshot(doc).edges)
      // elkjs is large; load it only when someone asks for a layout.
      const { layeredLayout } = await import('./elkLayout')
      const moves = await layeredLayout(nodes, edges)
      // Its own undo step, never merged with an edit made just before or after.
      undoManager.stopCapturing()
      moveNodes(doc, moves, origin)
      undoManager.stopCapturing()
    } catch (err) {
      setError(tl('layout.failed', { reason: err instanceof Error ? err.message : String(err) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" onClick={() => void run()} disabled={busy} aria-busy={busy} title={tl('layout.help')}>
        {busy ? tl('layout.working') : selection >= 2 ? tl('layout.selection') : tl('layout.button')}
      </button>
      {error && (
        <span role="alert" className="layout-error">
          {error}
        </span>
      )}
    </>
  )
}
