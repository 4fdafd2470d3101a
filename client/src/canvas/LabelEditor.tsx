import { useEffect, useRef, useState } from 'react'
import { useStoreApi } from '@xyflow/react'
import * as Y from 'yjs'
import { boardMaps } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import { getEditing, setEditing } from './editingStore'
import { selectNodes } from './selectNodes'
import { textSplice } from './textDiff'
import { transformCaret } from './caret'

const rowsOf = (s: string) => Math.max(1, s.split('\n').length)

/**
 * Edits a node's label Y.Text keystroke by keystroke, so two people typing in one label merge.
 * The textarea is uncontrolled and remote changes are written into it synchronously, so at every
 * keystroke it holds exactly the Y.Text: the diff we send is the keystroke, never a stale undo of
 * someone else's text. The whole edit session is one undo step (joined to the creation of a new node).
 */
export function LabelEditor({ nodeId, className }: { nodeId: string; className?: string }) {
  const { doc, origin, undoManager } = useBoard()
  const store = useStoreApi()
  const ref = useRef<HTMLTextAreaElement>(null)
  const [text] = useState(() => {
    const label = boardMaps(doc).nodes.get(nodeId)?.get('label')
    return label instanceof Y.Text ? label : null
  })
  const [initial] = useState(() => text?.toString() ?? '')
  const [rows, setRows] = useState(() => rowsOf(initial))

  useEffect(() => {
    if (!text) return
    const onRemote = (e: Y.YTextEvent) => {
      if (e.transaction.origin === origin) return // our own keystroke: the textarea has it already
      const el = ref.current
      if (!el) return
      const focused = document.activeElement === el
      const start = transformCaret(e.delta, el.selectionStart)
      const end = transformCaret(e.delta, el.selectionEnd)
      el.value = text.toString()
      if (focused) el.setSelectionRange(start, end)
      setRows(rowsOf(el.value))
    }
    text.observe(onRemote)
    // Anything that arrived between the first render and now.
    if (ref.current && ref.current.value !== text.toString()) ref.current.value = text.toString()
    // Typing is captured as one undo step until the editor closes.
    const timeout = undoManager.captureTimeout
    undoManager.captureTimeout = Number.POSITIVE_INFINITY
    // A new node stays hidden until React Flow has measured it, and hidden things refuse focus.
    let frame = 0
    let tries = 0
    const focus = () => {
      const el = ref.current
      if (!el) return
      el.focus()
      if (document.activeElement === el) el.select()
      else if (tries++ < 30) frame = requestAnimationFrame(focus)
    }
    focus()
    return () => {
      cancelAnimationFrame(frame)
      text.unobserve(onRemote)
      undoManager.captureTimeout = timeout
      undoManager.stopCapturing()
    }
  }, [text, undoManager, origin])

  if (!text) return null

  function onInput(next: string) {
    const { index, remove, insert } = textSplice(text!.toString(), next)
    doc.transact(() => {
      if (remove) text!.delete(index, remove)
      if (insert) text!.insert(index, insert)
    }, origin)
    setRows(rowsOf(next))
  }

  // Keyboard users land back on the node they named, selected, ready for the next shortcut.
  function selectAndFocus() {
    selectNodes(store, [nodeId])
    requestAnimationFrame(() => {
      if (getEditing()) return // another label took over meanwhile
      const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`)
      el?.focus({ preventScroll: true })
    })
  }

  return (
    <textarea
      ref={ref}
      className={`label-editor nodrag nopan nowheel ${className ?? ''}`}
      aria-label={t('node.labelInput')}
      defaultValue={initial}
      rows={rows}
      onChange={(e) => onInput(e.target.value)}
      onBlur={() => setEditing(null)}
      onKeyDown={(e) => {
        e.stopPropagation()
        if (e.key === 'Escape' || (e.key === 'Enter' && !e.shiftKey)) {
          e.preventDefault()
          setEditing(null)
          selectAndFocus()
        }
      }}
    />
  )
}
