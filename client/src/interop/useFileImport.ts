import { useCallback, useState } from 'react'
import { useReactFlow } from '@xyflow/react'
import { INTEROP_LIMITS } from '@causeway/interop'
import { useBoard } from '../board/BoardContext'
import { tl } from '../loops/messages'
import type { ImportStatus } from '../export/ImportReport'
import { importFileText } from './importFile'
import { ti } from './messages'

/** Frames to wait for a new frame to reach React Flow before giving up on showing it. */
const SHOW_TRIES = 30

/**
 * Imports a chosen or dropped file into the board (see importFileText) and keeps what happened
 * for an ImportReport. On success the view moves to the new frame so people see what arrived.
 */
export function useFileImport() {
  const { doc, origin, readOnly, undoManager } = useBoard()
  const flow = useReactFlow()
  const [status, setStatus] = useState<ImportStatus | null>(null)

  const show = useCallback(
    (id: string, tries = SHOW_TRIES) => {
      if (flow.getNode(id)) void flow.fitView({ nodes: [{ id }], padding: 0.2, maxZoom: 1 })
      else if (tries > 0) requestAnimationFrame(() => show(id, tries - 1))
    },
    [flow],
  )

  const importFile = useCallback(
    async (file: File) => {
      if (readOnly) return setStatus({ kind: 'message', error: true, text: tl('export.readOnly') })
      // Refused before reading: a huge file would otherwise be pulled into memory just to be refused.
      if (file.size > INTEROP_LIMITS.bytes) return setStatus({ kind: 'message', error: true, text: tl('export.tooBig') })
      let text: string
      try {
        text = await file.text()
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err)
        return setStatus({ kind: 'message', error: true, text: ti('interop.readFailed', { reason }) })
      }
      // The import must be its own undo step, not merged with a gesture just before it.
      undoManager.stopCapturing()
      const outcome = importFileText(doc, file.name, text, origin, ti('interop.unknownFormat'))
      undoManager.stopCapturing()
      if (!outcome.ok) return setStatus({ kind: 'errors', errors: outcome.errors })
      const { nodes, edges, title } = outcome
      const items = nodes === 1 ? ti('interop.items.one') : ti('interop.items', { count: nodes })
      const links = edges === 1 ? ti('interop.links.one') : ti('interop.links', { count: edges })
      setStatus({ kind: 'message', error: false, text: ti('interop.importDone', { items, links, title }) })
      show(outcome.frameId)
    },
    [doc, origin, readOnly, undoManager, show],
  )

  return { status, setStatus, importFile }
}
