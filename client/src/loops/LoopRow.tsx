import { memo, useEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { setLoopInfo } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { setHighlightedLoop } from './highlight'
import type { LabelledLoop } from '@causeway/analysis'
import { LoopTypeBadge } from './LoopTypeBadge'
import { tl } from './messages'

/**
 * One loop: badge, path, and its name and note. Edits are drafts until blur or Enter, so a
 * half-typed name is one undo step and remote edits do not fight the caret.
 * Takes plain strings, not the board snapshot (new on every doc change, a drag end included),
 * so with 200 loops only the rows whose text changed re-render.
 */
export const LoopRow = memo(function LoopRow({ loop, path, name, note }: { loop: LabelledLoop; path: string; name: string; note: string }) {
  const { doc, origin, readOnly } = useBoard()
  const info = { name, note }
  const type = tl(`loops.type.${loop.type}`)
  const highlight = () => setHighlightedLoop(loop)
  const unhighlight = () => setHighlightedLoop(null)
  // A row that vanishes while hovered (its loop was broken) must not leave links lit.
  useEffect(() => () => setHighlightedLoop(null), [])
  const save = (field: 'name' | 'note', value: string) => {
    if (info[field] !== value) setLoopInfo(doc, loop.key, { [field]: value }, origin)
  }
  return (
    <li
      className="loop-row"
      data-testid="loop-row"
      data-loop-key={loop.key}
      aria-label={tl('loops.rowLabel', { label: loop.label, type, path })}
      onMouseEnter={highlight}
      onMouseLeave={unhighlight}
      onFocus={highlight}
      onBlur={unhighlight}
      // Rows without editors still need a stop in the tab order so keyboard users can highlight.
      tabIndex={readOnly ? 0 : undefined}
    >
      <div>
        <LoopTypeBadge label={loop.label} type={loop.type} />
      </div>
      <div className="loop-row__path">{path}</div>
      {readOnly ? (
        <>
          {info.name && <div className="loop-row__name">{info.name}</div>}
          {info.note && <div className="loop-row__note">{info.note}</div>}
        </>
      ) : (
        <>
          <DraftField
            label={tl('loops.name')}
            placeholder={tl('loops.namePlaceholder')}
            value={info.name}
            onCommit={(v) => save('name', v)}
          />
          <DraftField
            label={tl('loops.note')}
            placeholder={tl('loops.notePlaceholder')}
            value={info.note}
            onCommit={(v) => save('note', v)}
            multiline
          />
        </>
      )}
    </li>
  )
})

interface DraftFieldProps {
  label: string
  placeholder: string
  value: string
  onCommit: (value: string) => void
  multiline?: boolean
}

function DraftField({ label, placeholder, value, onCommit, multiline }: DraftFieldProps) {
  // null until the user types: focusing (keyboard users tab through rows to highlight loops)
  // must never write back a name someone else changed meanwhile.
  const [draft, setDraft] = useState<string | null>(null)
  // Escape blurs before React re-renders, so the blur handler would still see the draft.
  const cancelled = useRef(false)
  const commit = () => {
    if (draft !== null && !cancelled.current) onCommit(draft.trim())
    cancelled.current = false
    setDraft(null)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    // Keys typed here are for the field, not the canvas shortcuts (Delete, Ctrl+Z…).
    e.stopPropagation()
    if (e.key === 'Escape') {
      cancelled.current = true
      setDraft(null)
      e.currentTarget.blur()
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      e.currentTarget.blur()
    }
  }
  const common = {
    value: draft ?? value,
    placeholder,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
  }
  return (
    <label>
      {label}
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
    </label>
  )
}
