import { useEffect, useRef, useState } from 'react'
import { useStoreApi } from '@xyflow/react'
import * as Y from 'yjs'
import { boardMaps } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import { getEditing, setEditing } from './editingStore'
import { selectNodes } from './selectNodes'
import { textSplice } from './textDiff'

/**
 * Edits a node's label Y.Text keystroke by keystroke, so two people typing in one label merge.
 * The whole edit session is one undo step (joined to the creation when the node is brand new).
 */
export function LabelEditor({ nodeId, className }: { nodeId: string; className?: string }) {
  const { doc, origin, undoManager } = useBoard()
  const store = useStoreApi()
  const ref = useRef<HTMLTextAreaElement>(null)
  const [text] = useState(() => {
    const label = boardMaps(doc).nodes.get(nodeId)?.get('label')
    return label instanceof Y.Text ? label : null
  })
  const [value, setValue] = useState(() => text?.toString() ?? '')

  useEffect(() => {
    if (!text) return
    const onChange = () => setValue(text.toString())
    text.observe(onChange)
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
      text.unobserve(onChange)
      undoManager.captureTimeout = timeout
      undoManager.stopCapturing()
    }
  }, [text, undoManager])

  if (!text) return null

  // Keyboard users land back on the node they named, selected, ready for the next shortcut.
  function selectAndFocus() {
    selectNodes(store, [nodeId])
    requestAnimationFrame(() => {
      if (getEditing()) return // another label took over meanwhile
      const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`)
      el?.focus({ preventScroll: true })
    })
  }

  function onInput(next: string) {
    const { index, remove, insert } = textSplice(text!.toString(), next)
    doc.transact(() => {
      if (remove) text!.delete(index, remove)
      if (insert) text!.insert(index, insert)
    }, origin)
    setValue(next)
  }

  return (
    <textarea
      ref={ref}
      className={`label-editor nodrag nopan nowheel ${className ?? ''}`}
      aria-label={t('node.labelInput')}
      value={value}
      rows={Math.max(1, value.split('\n').length)}
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
