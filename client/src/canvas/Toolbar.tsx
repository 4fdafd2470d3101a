import { useReactFlow } from '@xyflow/react'
import { useState, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { useBoard } from '../board/BoardContext'
import { AutoLayoutButton } from '../layout/AutoLayoutButton'
import { ExportMenu } from '../export/ExportMenu'
import { OutlineButton } from '../outline/OutlineButton'
import { TemplateToolbarButtons } from '../templates/TemplateToolbarButtons'
import { t } from '../i18n'
import type { CanvasActions } from './useCanvasActions'
import { NOTE_COLORS } from './NoteNode'

function useUndoState(um: Y.UndoManager) {
  const subscribe = (l: () => void) => {
    um.on('stack-item-added', l)
    um.on('stack-item-popped', l)
    um.on('stack-cleared', l)
    return () => {
      um.off('stack-item-added', l)
      um.off('stack-item-popped', l)
      um.off('stack-cleared', l)
    }
  }
  const canUndo = useSyncExternalStore(subscribe, () => um.canUndo())
  const canRedo = useSyncExternalStore(subscribe, () => um.canRedo())
  return { canUndo, canRedo }
}

export interface ToolbarProps {
  actions: CanvasActions
  snapToGrid: boolean
  onSnapToGrid: (on: boolean) => void
  onHelp: () => void
}

export function Toolbar({ actions, snapToGrid, onSnapToGrid, onHelp }: ToolbarProps) {
  const { readOnly, undoManager } = useBoard()
  const flow = useReactFlow()
  const { canUndo, canRedo } = useUndoState(undoManager)
  const [noteColor, setNoteColor] = useState<string>(NOTE_COLORS[0])
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {!readOnly && (
        <>
          <button type="button" onClick={() => actions.addVariableAt(actions.viewportCenter())} aria-keyshortcuts="N">
            {t('toolbar.addVariable')}
          </button>
          <button type="button" onClick={() => actions.addNoteAt(actions.viewportCenter(), noteColor)} aria-keyshortcuts="S">
            {t('toolbar.addNote')}
          </button>
          <select aria-label={t('toolbar.noteColor')} value={noteColor} onChange={(e) => {
              setNoteColor(e.target.value)
              actions.recolorSelectedNotes(e.target.value)
            }} style={{ background: noteColor }}>
            {NOTE_COLORS.map((c, i) => (
              <option key={c} value={c} style={{ background: c }}>
                {t(`notes.color.${i + 1}`)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => undoManager.undo()} disabled={!canUndo} aria-keyshortcuts="Control+Z">
            {t('toolbar.undo')}
          </button>
          <button type="button" onClick={() => undoManager.redo()} disabled={!canRedo} aria-keyshortcuts="Control+Y">
            {t('toolbar.redo')}
          </button>
          <button type="button" onClick={actions.cyclePolarity} aria-keyshortcuts="P">
            {t('toolbar.polarity')}
          </button>
          <button type="button" onClick={actions.toggleDelay} aria-keyshortcuts="D">
            {t('toolbar.delay')}
          </button>
          <button type="button" onClick={actions.togglePipe} aria-keyshortcuts="F" title={t('edge.pipeToggle')}>
            {t('toolbar.pipeOrLink')}
          </button>
          <button type="button" onClick={actions.deleteSelection} aria-keyshortcuts="Delete">
            {t('toolbar.delete')}
          </button>
          <label className="toggle">
            <input type="checkbox" checked={snapToGrid} onChange={(e) => onSnapToGrid(e.target.checked)} />
            {t('toolbar.snap')}
          </label>
          <AutoLayoutButton />
          <TemplateToolbarButtons />
        </>
      )}
      <button type="button" onClick={() => void flow.fitView({ padding: 0.2 })} aria-keyshortcuts="Shift+1">
        {t('toolbar.fitView')}
      </button>
      <OutlineButton />
      <ExportMenu />
      <button type="button" onClick={onHelp} aria-keyshortcuts="?">
        {t('toolbar.shortcuts')}
      </button>
    </div>
  )
}
