import { useEffect, useRef, useState } from 'react'
import { t } from '../i18n'
import { workshopApi } from './api'
import { forgetFacilitatorToken } from './membership'
import './messages'

/**
 * "Delete workshop": erases every team board, the join code and the workshop on the server.
 * There is no undo, so it asks first in a modal dialog whose default (focused) answer is to
 * keep the workshop; Escape or "Keep" backs out. Native dialog and buttons keep it keyboard
 * operable without extra code.
 */
export function DeleteWorkshop({
  workshopId,
  title,
  token,
  onDeleted,
}: {
  workshopId: string
  title: string
  token: string
  onDeleted: () => void
}) {
  const [asking, setAsking] = useState(false)
  const trigger = useRef<HTMLButtonElement>(null)
  const close = () => {
    setAsking(false)
    // Back to where the facilitator was, not to the top of the page.
    trigger.current?.focus()
  }
  return (
    <>
      <button type="button" ref={trigger} className="danger" onClick={() => setAsking(true)}>
        {t('dash.delete')}
      </button>
      {asking && (
        <ConfirmDelete
          workshopId={workshopId}
          title={title}
          token={token}
          onCancel={close}
          onDeleted={onDeleted}
        />
      )}
    </>
  )
}

function ConfirmDelete({
  workshopId,
  title,
  token,
  onCancel,
  onDeleted,
}: {
  workshopId: string
  title: string
  token: string
  onCancel: () => void
  onDeleted: () => void
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])

  const confirm = () => {
    setBusy(true)
    setError(null)
    workshopApi.remove(workshopId, token).then(
      () => {
        forgetFacilitatorToken(workshopId)
        onDeleted()
      },
      (err: unknown) => {
        setBusy(false)
        setError(
          t('dash.delete.failed', { reason: err instanceof Error ? err.message : String(err) }),
        )
      },
    )
  }

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="delete-workshop-title"
      aria-describedby="delete-workshop-body"
      // Escape closes the dialog natively; this keeps React's state in step.
      onClose={onCancel}
    >
      <h2 id="delete-workshop-title">{t('dash.delete.title')}</h2>
      <p id="delete-workshop-body">{t('dash.delete.body', { title })}</p>
      {error && (
        <p role="alert" className="workshop-error">
          {error}
        </p>
      )}
      <div className="dash-row">
        {/* Focused first: Enter on a dialog that just opened must not erase a class's work. */}
        <button type="button" autoFocus onClick={onCancel} disabled={busy}>
          {t('dash.delete.cancel')}
        </button>
        <button type="button" className="danger" onClick={confirm} disabled={busy}>
          {busy ? t('dash.delete.busy') : t('dash.delete.confirm')}
        </button>
      </div>
    </dialog>
  )
}
