import { useEffect, useState } from 'react'
import { useBoard } from '../board/BoardContext'
import { ImportReport } from '../export/ImportReport'
import { ti } from './messages'
import { useFileImport } from './useFileImport'
import './interop.css'

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files')

/**
 * Lets people drop a file anywhere on the board page to import it (same rules as the Import
 * menu item). Listens on the window, so no canvas element has to know about files. On a
 * view-only board a drop is still caught (the browser would otherwise leave the board to open
 * the file) and answered with why nothing was imported.
 */
export function FileDropZone() {
  const { readOnly } = useBoard()
  const { status, setStatus, importFile } = useFileImport()
  const [over, setOver] = useState(false)

  useEffect(() => {
    let depth = 0
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e) || readOnly) return
      depth++
      setOver(true)
    }
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e) || readOnly) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setOver(false)
    }
    const onOver = (e: DragEvent) => {
      // Without this the browser would open the file in the tab instead of dropping it here.
      if (!hasFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const onDrop = (e: DragEvent) => {
      const files = e.dataTransfer?.files
      if (!files || files.length === 0) return
      e.preventDefault()
      depth = 0
      setOver(false)
      // importFile explains that a view-only board takes no imports.
      if (files.length > 1) return setStatus({ kind: 'message', error: true, text: ti('interop.onlyOneFile') })
      void importFile(files[0]!)
    }
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('dragover', onOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [readOnly, importFile, setStatus])

  return (
    <>
      {over && (
        <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
          <p>{ti('interop.dropHere')}</p>
        </div>
      )}
      {status && (
        <div className="drop-report">
          <ImportReport status={status} onDismiss={() => setStatus(null)} />
        </div>
      )}
    </>
  )
}
