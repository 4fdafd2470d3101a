import { useCallback, useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { restoreSnapshot } from '@causeway/model'
import type { BoardJson } from '@causeway/model'
import { t } from '../i18n'
import { useBoard } from '../board/BoardContext'
import { versionsApi } from './api'
import type { VersionInfo } from './api'
import { VersionPreview } from './VersionPreview'

type Preview = { version: VersionInfo; json: BoardJson } | null

/** Save the board as a named version, look at earlier ones, and bring one back as a new change. */
export function HistoryDialog({ onClose }: { onClose: () => void }) {
  const { boardId, token, doc, origin, undoManager, readOnly } = useBoard()
  const ref = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState('')
  const [versions, setVersions] = useState<VersionInfo[] | null>(null)
  const [preview, setPreview] = useState<Preview>(null)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<string | null>(null)

  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])

  const fail = (err: unknown) =>
    setStatus(t('history.failed', { reason: err instanceof Error ? err.message : String(err) }))

  const refresh = useCallback(() => {
    versionsApi.list(boardId, token).then(
      (list) => setVersions([...list].sort((a, b) => b.createdAt - a.createdAt)),
      (err: unknown) =>
        setStatus(
          t('history.failed', { reason: err instanceof Error ? err.message : String(err) }),
        ),
    )
  }, [boardId, token])
  useEffect(refresh, [refresh])

  async function save(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setStatus(null)
    try {
      const v = await versionsApi.save(boardId, token, name.trim())
      setName('')
      setStatus(t('history.saved', { name: v.name }))
      refresh()
    } catch (err) {
      fail(err)
    } finally {
      setBusy(false)
    }
  }

  async function show(version: VersionInfo) {
    try {
      setPreview({ version, json: await versionsApi.load(boardId, token, version.id) })
    } catch (err) {
      fail(err)
    }
  }

  async function restore(version: VersionInfo) {
    try {
      const json = await versionsApi.load(boardId, token, version.id)
      // Its own undo step: nothing typed just before or after merges into it.
      undoManager.stopCapturing()
      restoreSnapshot(doc, json, origin)
      undoManager.stopCapturing()
      setStatus(t('history.restored', { name: version.name }))
    } catch (err) {
      fail(err)
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog history-dialog"
      aria-labelledby="history-title"
      onClose={onClose}
    >
      <h2 id="history-title">{t('history.title')}</h2>
      {!readOnly && (
        <form className="history-save" onSubmit={save}>
          <label htmlFor="history-name">{t('history.name')}</label>
          <input
            id="history-name"
            maxLength={120}
            value={name}
            placeholder={t('history.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" disabled={busy}>
            {busy ? t('history.saving') : t('history.save')}
          </button>
        </form>
      )}
      {status && <p role="status">{status}</p>}
      {versions === null ? (
        <p>{t('history.loading')}</p>
      ) : versions.length === 0 ? (
        <p>{t('history.empty')}</p>
      ) : (
        <ul className="history-list" aria-label={t('history.list')}>
          {versions.map((v) => (
            <li key={v.id}>
              <span className="history-name">{v.name}</span>{' '}
              <time dateTime={new Date(v.createdAt).toISOString()}>
                {new Date(v.createdAt).toLocaleString()}
              </time>
              <button
                type="button"
                onClick={() => void show(v)}
                aria-label={t('history.preview', { name: v.name })}
              >
                {t('history.previewShort')}
              </button>
              {!readOnly && (
                <button
                  type="button"
                  onClick={() => void restore(v)}
                  aria-label={t('history.restore', { name: v.name })}
                >
                  {t('history.restoreShort')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {preview && <VersionPreview json={preview.json} name={preview.version.name} />}
      <form method="dialog">
        <button type="submit">{t('history.close')}</button>
      </form>
    </dialog>
  )
}
