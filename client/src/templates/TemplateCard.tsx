import { memo } from 'react'
import { t } from '../i18n'
import type { GalleryTemplate } from './source'
import { TemplateThumbnail } from './TemplateThumbnail'

interface Props {
  template: GalleryTemplate
  actionLabel: string
  actionAriaLabel: string
  busy?: boolean
  onAction: (template: GalleryTemplate) => void
}

export const TemplateCard = memo(function TemplateCard({ template, actionLabel, actionAriaLabel, busy, onAction }: Props) {
  const headingId = `template-title-${template.id}`
  return (
    <article className="template-card" data-testid={`template-card-${template.id}`} aria-labelledby={headingId}>
      <TemplateThumbnail content={template.content} title={template.title} />
      <h3 id={headingId}>{template.title}</h3>
      <p className="template-meta">
        <span className="template-category">{t(`templates.category.${template.category}`)}</span>
        {template.ages && (
          <span className="template-ages">
            {/\bages?\b/i.test(template.ages) ? template.ages : t('templates.ages', { ages: template.ages })}
          </span>
        )}
      </p>
      <p className="template-description">{template.description}</p>
      {template.habits.length > 0 && (
        <div className="template-habits">
          <span className="template-habits-label">{t('templates.habits')}</span>
          <ul>
            {template.habits.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </div>
      )}
      {template.facilitatorNotes && (
        <details className="template-notes">
          <summary>{t('templates.facilitatorNotes')}</summary>
          <p>{template.facilitatorNotes}</p>
        </details>
      )}
      <button type="button" disabled={busy} aria-label={actionAriaLabel} onClick={() => onAction(template)}>
        {actionLabel}
      </button>
    </article>
  )
})
