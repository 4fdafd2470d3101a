import { useCallback, useState } from 'react'
import { useReactFlow } from '@xyflow/react'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import { KindPalette } from '../kinds/KindPalette'
import { AddTemplateDialog } from './AddTemplateDialog'
import { SaveTemplateDialog } from './SaveTemplateDialog'
import './messages'

/** Board toolbar entries: add a shape or a template's content here, or save this board as a template. */
export function TemplateToolbarButtons() {
  const { readOnly } = useBoard()
  const [open, setOpen] = useState<'add' | 'save' | null>(null)
  const flow = useReactFlow()
  const centre = useCallback(() => {
    const r = document.querySelector('.react-flow')?.getBoundingClientRect()
    return flow.screenToFlowPosition(r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : { x: 400, y: 300 })
  }, [flow])
  if (readOnly) return null
  return (
    <>
      <KindPalette centre={centre} />
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
