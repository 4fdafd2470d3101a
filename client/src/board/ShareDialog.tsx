import { useEffect, useRef, useState } from 'react'
import { t } from '../i18n'
import { useBoard } from './BoardContext'
import { readMembership } from '../workshop/membership'
import { boardLink, knownViewToken } from './links'

function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div>
        <input id={id} readOnly value={value} onFocus={(e) => e.target.select()} />
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(value).then(() => setCopied(true), () => setCopied(false))
          }}
          aria-label={`${t('share.copy')}: ${label}`}
        >
          {copied ? t('share.copied') : t('share.copy')}
        </button>
      </div>
    </div>
  )
}

export function ShareDialog({ onClose, viewToken }: { onClose: () => void; viewToken?: string | null }) {
  const { boardId, token, role } = useBoard()
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])
  const view = viewToken ?? knownViewToken(boardId) ?? (role === 'view' ? token : null)
  // A facilitator's token opens the workshop controls on every team board: never offer it as a
  // link to pass on. Participants join with the code instead.
  const facilitator = readMembership(boardId)?.facilitator === true
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">{t('share.title')}</h2>
      {facilitator && <p>{t('share.facilitatorNote')}</p>}
      {role === 'edit' && !facilitator && <CopyField id="share-edit" label={t('share.editLink')} value={boardLink(boardId, token)} />}
      {view && <CopyField id="share-view" label={t('share.viewLink')} value={boardLink(boardId, view)} />}
      <form method="dialog">
        <button type="submit">{t('share.close')}</button>
      </form>
    </dialog>
  )
}
