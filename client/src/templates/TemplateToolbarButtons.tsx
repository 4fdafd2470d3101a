import { useState } from 'react'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import { AddTemplateDialog } from './AddTemplateDialog'
import { SaveTemplateDialog } from './SaveTemplateDialog'
import './messages'

/** Board toolbar entries: add a template's content here, or save this board as a template. */
export function TemplateToolbarButtons() {
  const { readOnly } = useBoard()
  const [open, setOpen] = useState<'add' | 'save' | null>(null)
  if (readOnly) return null
  return (
    <>
      <button type="button" data-testid="add-template" onClick={() => setOpen('add')}>
        {t('templates.toolbar')}
      </button>
      <button type="button" data-testid="save-template" onClick={() => setOpen('save')}>
        {t('templates.save')}
      </button>
      {open === 'add' && <AddTemplateDialog onClose={() => setOpen(null)} />}
      {open === 'save' && <SaveTemplateDialog onClose={() => setOpen(null)} />}
    </>
  )
}
