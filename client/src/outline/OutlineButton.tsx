import { useEffect, useRef, useState } from 'react'
import { createPortal, flushSync } from 'react-dom'
import { toSnapshot } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { useLoops } from '../loops/useLoops'
import { tl } from '../loops/messages'
import { OutlineContent } from './OutlineContent'
import { outlineAsText, outlineSections } from './outlineText'
import type { OutlineSections } from './outlineText'
import './outline.css'

/**
 * Toolbar button opening the board as a text outline (every link and loop in words) in a modal
 * dialog. The same outline is what gets printed, since a canvas prints poorly and text reads
 * well on paper and to screen readers.
 */
export function OutlineButton() {
  const { doc } = useBoard()
  const { loops, truncated } = useLoops()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const [copied, setCopied] = useState(false)
  const [printing, setPrinting] = useState<OutlineSections | null>(null)
  // Read the latest loops inside event listeners without re-subscribing on every change.
  const loopsRef = useRef(loops)
  useEffect(() => {
    loopsRef.current = loops
  }, [loops])

  useEffect(() => {
    const before = () => {
      // Must render synchronously: the browser lays out the page right after this event.
      flushSync(() => setPrinting(outlineSections(toSnapshot(doc), loopsRef.current)))
      document.body.classList.add('printing-outline')
    }
    const after = () => {
      document.body.classList.remove('printing-outline')
      setPrinting(null)
    }
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [doc])

  useEffect(() => {
    const dialog = dialogRef.current
    if (open && dialog && !dialog.open) dialog.showModal()
  }, [open])

  // Recomputed while open so the outline follows live edits by others.
  const sections = open ? outlineSections(toSnapshot(doc), loops) : null

  const copy = async () => {
    if (!sections) return
    await navigator.clipboard.writeText(outlineAsText(sections))
    setCopied(true)
  }

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {tl('outline.button')}
      </button>
      {open && sections && (
        <dialog
          ref={dialogRef}
          className="outline-dialog"
          aria-labelledby="outline-dialog-title"
          data-testid="outline-dialog"
          onClose={() => {
            setOpen(false)
            setCopied(false)
          }}
          onKeyDown={(e) => e.stopPropagation()}
        >
          <h2 id="outline-dialog-title">
            {tl('outline.title')}: {sections.title}
          </h2>
          <OutlineContent sections={sections} truncated={truncated} headingLevel={3} />
          <div className="outline-dialog__actions">
            <button type="button" onClick={() => void copy().catch(() => setCopied(false))}>
              {copied ? tl('outline.copied') : tl('outline.copy')}
            </button>
            <button type="button" onClick={() => window.print()}>
              {tl('outline.print')}
            </button>
            <button type="button" onClick={() => dialogRef.current?.close()} autoFocus>
              {tl('outline.close')}
            </button>
          </div>
        </dialog>
      )}
      {printing &&
        createPortal(
          <div className="print-outline">
            <h1>{printing.title}</h1>
            <OutlineContent sections={printing} truncated={truncated} headingLevel={2} />
          </div>,
          document.body,
        )}
    </>
  )
}
