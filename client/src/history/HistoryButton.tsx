import { useState } from 'react'
import { t } from '../i18n'
import { useBoard } from '../board/BoardContext'
import { HistoryDialog } from './HistoryDialog'
import './messages'
import './history.css'

/** The header button that opens the board's versions (people with an edit link only). */
export function HistoryButton() {
  const { role } = useBoard()
  const [open, setOpen] = useState(false)
  if (role !== 'edit') return null
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('history.button')}
      </button>
      {open && <HistoryDialog onClose={() => setOpen(false)} />}
    </>
  )
}
