import { useEffect, useId, useRef, useState } from 'react'
import { useBoard } from '../board/BoardContext'
import { boardLink, knownViewToken, rememberViewToken } from '../board/links'
import { parseViewLink, snippetFor } from './embedLink'
import { ti } from './messages'
import './interop.css'

/**
 * The HTML to embed this board's read-only view. The view token is only known where the board
 * was created (see board/links.ts, as the Share dialog uses it); elsewhere people paste the view
 * link they were sent, and it is remembered for next time.
 */
export function EmbedDialog({ title, onClose }: { title: string; onClose: () => void }) {
  const { boardId, token, role } = useBoard()
  const ref = useRef<HTMLDialogElement>(null)
  const ids = useId()
  const known = knownViewToken(boardId) ?? (role === 'view' ? token : null)
  const [pasted, setPasted] = useState('')
  const [copied, setCopied] = useState(false)
  const pastedUrl = pasted ? parseViewLink(pasted, boardId) : null
  const viewUrl = known ? boardLink(boardId, known) : pastedUrl
  const snippet = snippetFor(viewUrl, title)

  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])
  useEffect(() => {
    if (!pastedUrl) return
    const t = new URL(pastedUrl).hash.slice(3)
    rememberViewToken(boardId, decodeURIComponent(t))
  }, [pastedUrl, boardId])

  return (
    <dialog ref={ref} className="dialog embed-dialog" aria-labelledby={`${ids}-title`} onClose={onClose} data-testid="embed-dialog">
      <h2 id={`${ids}-title`}>{ti('interop.embedTitle')}</h2>
      {!known && (
        <>
          <p>{ti('interop.embedNoView')}</p>
          <label htmlFor={`${ids}-link`}>{ti('interop.embedViewLink')}</label>
          <input id={`${ids}-link`} type="url" value={pasted} onChange={(e) => setPasted(e.target.value)} />
          {pasted && !pastedUrl && <p className="embed-error" role="alert">{ti('interop.embedBadLink')}</p>}
        </>
      )}
      {snippet && (
        <>
          <p>{ti('interop.embedHelp')}</p>
          <label htmlFor={`${ids}-code`}>{ti('interop.embedCode')}</label>
          <textarea id={`${ids}-code`} readOnly value={snippet} onFocus={(e) => e.target.select()} />
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(snippet).then(() => setCopied(true), () => setCopied(false))}
          >
            {copied ? ti('interop.copied') : ti('interop.copy')}
          </button>
        </>
      )}
      <form method="dialog">
        <button type="submit">{ti('interop.close')}</button>
      </form>
    </dialog>
  )
}
