import { useEffect, useMemo, useRef, useState } from 'react'
import { applyTemplate } from '@causeway/templates'
import type { Template } from '@causeway/templates'
import { toSnapshot } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import { besideOffset } from './placement'
import { builtInTemplates } from './source'
import type { GalleryTemplate } from './source'
import { TemplateCard } from './TemplateCard'
import './messages'
import './templates.css'

/** In-board gallery: adds a template's content beside what is already there, as one undo step. */
export function AddTemplateDialog({ onClose }: { onClose: () => void }) {
  const { doc, origin, undoManager } = useBoard()
  const all = useMemo(builtInTemplates, [])
  const [status, setStatus] = useState<string | null>(null)
  const ref = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])

  function add(tpl: GalleryTemplate) {
    const existing = Object.values(toSnapshot(doc).nodes)
    const offset = besideOffset(existing, tpl.content.nodes)
    undoManager.stopCapturing()
    applyTemplate(doc, tpl as unknown as Template, { offset }, origin)
    undoManager.stopCapturing()
    setStatus(t('templates.added', { title: tpl.title }))
    onClose()
  }

  return (
    <dialog ref={ref} className="template-dialog" aria-labelledby="template-dialog-title" onClose={onClose}>
      <header>
        <h2 id="template-dialog-title">{t('templates.dialogTitle')}</h2>
        <button type="button" onClick={onClose}>
          {t('templates.close')}
        </button>
      </header>
      {status && <p role="status">{status}</p>}
      <div className="template-grid">
        {all.map((tpl) => (
          <TemplateCard
            key={tpl.id}
            template={tpl}
            actionLabel={t('templates.add')}
            actionAriaLabel={t('templates.addNamed', { title: tpl.title })}
            onAction={add}
          />
        ))}
      </div>
    </dialog>
  )
}
