import { addNode } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import { newKindNode, PALETTE_KINDS } from './newKindNode'
import type { PaletteKind } from './newKindNode'
import './messages'

/** "Add shape" menu: one of the framework's kinds, placed at the centre of the view. */
export function KindPalette({ centre }: { centre: () => { x: number; y: number } }) {
  const { doc, origin, readOnly, undoManager } = useBoard()
  if (readOnly) return null
  return (
    <select
      aria-label={t('kinds.palette')}
      data-testid="kind-palette"
      value=""
      onChange={(e) => {
        const kind = e.target.value as PaletteKind
        if (!PALETTE_KINDS.includes(kind)) return
        undoManager.stopCapturing()
        addNode(doc, newKindNode(kind, centre(), t(`kinds.palette.${kind}`)), origin)
      }}
    >
      <option value="">{t('kinds.palette')}</option>
      {PALETTE_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(`kinds.palette.${k}`)}
        </option>
      ))}
    </select>
  )
}
