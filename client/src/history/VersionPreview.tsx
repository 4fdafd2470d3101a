import { useMemo } from 'react'
import type { BoardJson } from '@causeway/model'
import { t } from '../i18n'
import { versionSvg } from './versionSvg'

/** A saved version drawn as a picture, so people can check it before restoring it. */
export function VersionPreview({ json, name }: { json: BoardJson; name: string }) {
  const label = t('history.previewOf', { name })
  const svg = useMemo(() => versionSvg(json, label), [json, label])
  return (
    <figure className="history-preview" data-testid="version-preview">
      <figcaption>{label}</figcaption>
      {svg === null ? (
        <p>{t('history.noPreview')}</p>
      ) : (
        // boardToSvg escapes every label and title, so this markup holds no user HTML.
        <div role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />
      )}
    </figure>
  )
}
