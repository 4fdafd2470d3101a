import { useId, useState } from 'react'
import { t } from '../i18n'
import './messages'

/** A custom template's share link, read-only, under a visible label, with a copy button. */
export function ShareLinkField({ url, label, testId }: { url: string; label: string; testId: string }) {
  const [copied, setCopied] = useState(false)
  const id = useId()
  return (
    <div className="template-share">
      <label htmlFor={id}>{label}</label>
      <div className="template-share-row">
        <input id={id} readOnly value={url} data-testid={testId} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))}>
          {copied ? t('share.copied') : t('templates.copy')}
        </button>
      </div>
    </div>
  )
}
