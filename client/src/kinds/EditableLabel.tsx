import { memo, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { setLabel } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'

interface Props {
  nodeId: string
  value: string
  className?: string
  placeholder?: string
  multiline?: boolean
}

/** A node's label: text until double-clicked (or Enter pressed), then an input that commits on blur. */
export const EditableLabel = memo(function EditableLabel({ nodeId, value, className, placeholder, multiline }: Props) {
  const { doc, origin, readOnly } = useBoard()
  const [draft, setDraft] = useState<string | null>(null)

  function commit() {
    if (draft !== null && draft !== value) setLabel(doc, nodeId, draft, origin)
    setDraft(null)
  }

  function onKey(e: KeyboardEvent) {
    if (e.key === 'Escape') setDraft(null)
    else if (e.key === 'Enter' && !(multiline && e.shiftKey)) {
      e.preventDefault()
      commit()
    }
    e.stopPropagation()
  }

  if (draft !== null) {
    const common = {
      className: `kind-label-input nodrag ${className ?? ''}`,
      'aria-label': t('kinds.labelInput'),
      value: draft,
      autoFocus: true,
      onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
      onBlur: commit,
      onKeyDown: onKey,
      maxLength: 5000,
    }
    return multiline ? <textarea {...common} rows={3} /> : <input {...common} />
  }
  return (
    <div
      className={`kind-label ${className ?? ''}`}
      title={readOnly ? undefined : t('kinds.edit')}
      tabIndex={readOnly ? undefined : 0}
      onDoubleClick={readOnly ? undefined : () => setDraft(value)}
      onKeyDown={
        readOnly
          ? undefined
          : (e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                e.stopPropagation()
                setDraft(value)
              }
            }
      }
    >
      {value || <span className="kind-placeholder">{placeholder ?? t('kinds.untitled')}</span>}
    </div>
  )
})
