import { useEffect, useRef } from 'react'
import { t } from '../i18n'
import './messages'

const SHORTCUTS: Array<[string, string]> = [
  ['N / {doubleClick}', 'shortcuts.addVariable'],
  ['S', 'shortcuts.addNote'],
  ['Enter / F2 / {doubleClick}', 'shortcuts.editLabel'],
  ['Enter / Escape', 'shortcuts.finishEdit'],
  ['L', 'shortcuts.link'],
  ['← ↑ → ↓ / Tab, Enter, Escape', 'shortcuts.linkChoose'],
  ['+ − ?', 'shortcuts.polarity'],
  ['P', 'shortcuts.cyclePolarity'],
  ['D', 'shortcuts.delay'],
  ['F', 'shortcuts.pipe'],
  ['Delete / Backspace', 'shortcuts.delete'],
  ['Ctrl+C / Ctrl+V', 'shortcuts.copyPaste'],
  ['Ctrl+D', 'shortcuts.duplicate'],
  ['← ↑ → ↓', 'shortcuts.nudge'],
  ['Ctrl+Z', 'shortcuts.undo'],
  ['Ctrl+Y / Ctrl+Shift+Z', 'shortcuts.redo'],
  ['Shift+1', 'shortcuts.fit'],
  ['?', 'shortcuts.help'],
]

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, label]) => (
            <tr key={label}>
              <th scope="row">
                <kbd>{keys.replace('{doubleClick}', t('shortcuts.doubleClick'))}</kbd>
              </th>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" autoFocus>
          {t('shortcuts.close')}
        </button>
      </form>
    </dialog>
  )
}
