import { useEffect, useState } from 'react'
import { t } from '../i18n'
import { fetchTemplateFileText } from './api'
import { ShareLinkField } from './ShareLinkField'
import { templateFileName } from './template-file'
import './messages'

type Download = { kind: 'loading' } | { kind: 'ready'; url: string } | { kind: 'failed'; reason: string }

/**
 * After saving: the share link, and the template file to take to another school's server. The
 * file is the server's stored copy (what it validated), fetched once and offered as a plain
 * download link, so it works from the keyboard and needs no script at click time.
 */
export function SavedTemplatePanel({ id, title, shareUrl }: { id: string; title: string; shareUrl: string }) {
  const [download, setDownload] = useState<Download>({ kind: 'loading' })

  useEffect(() => {
    let url: string | null = null
    let live = true
    fetchTemplateFileText(id).then(
      (text) => {
        if (!live) return
        url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
        setDownload({ kind: 'ready', url })
      },
      (err: unknown) => live && setDownload({ kind: 'failed', reason: err instanceof Error ? err.message : String(err) }),
    )
    return () => {
      live = false
      if (url) URL.revokeObjectURL(url)
    }
  }, [id])

  return (
    <div role="status" className="template-saved">
      <ShareLinkField url={shareUrl} label={t('templates.saved')} testId="template-share-url" />
      {download.kind === 'loading' && <p>{t('templates.preparingDownload')}</p>}
      {download.kind === 'failed' && <p role="alert">{t('templates.downloadFailed', { reason: download.reason })}</p>}
      {download.kind === 'ready' && (
        <p>
          <a className="template-download" href={download.url} download={templateFileName(title)}>
            {t('templates.download')}
          </a>
          <br />
          <small>{t('templates.downloadHint')}</small>
        </p>
      )}
    </div>
  )
}
