import { useRef } from 'react'
import type { ReactNode } from 'react'
import { t } from '../i18n'
import { ShareLinkField } from './ShareLinkField'
import type { GalleryTemplate } from './source'
import type { UploadState } from './useTemplateUpload'
import './messages'

interface Props {
  state: UploadState
  onFile: (file: File) => void
  renderCard: (template: GalleryTemplate) => ReactNode
}

/**
 * "Use a template file…" on the home page: a real button (keyboard and screen readers reach it)
 * opening the file picker; what happened shows below it, the uploaded template as a card.
 */
export function TemplateFileUpload({ state, onFile, renderCard }: Props) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <div className="template-upload">
      <div className="template-upload-row">
        <button type="button" disabled={state.kind === 'reading'} onClick={() => input.current?.click()}>
          {t('templates.useFile')}
        </button>
        <span className="template-upload-hint">{t('templates.useFileHint')}</span>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="template-file-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0]
            // Cleared so choosing the same (fixed) file again fires a change.
            e.currentTarget.value = ''
            if (file) onFile(file)
          }}
        />
      </div>
      {state.kind === 'reading' && <p role="status">{t('templates.reading')}</p>}
      {state.kind === 'error' && (
        <div role="alert" className="template-upload-error" data-testid="template-file-error">
          <p>{state.message}</p>
          {state.lines.length > 0 && (
            <ul>
              {state.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
          {state.more > 0 && <p>{t('templates.fileMoreProblems', { count: state.more })}</p>}
        </div>
      )}
      {state.kind === 'done' && (
        <section aria-label={t('templates.uploaded')} data-testid="template-uploaded">
          <h2>{t('templates.uploaded')}</h2>
          <div className="template-grid">{renderCard(state.template)}</div>
          <ShareLinkField url={state.shareUrl} label={t('templates.uploadedShare')} testId="template-uploaded-share-url" />
        </section>
      )}
    </div>
  )
}
