import { t } from '../i18n'
import './messages'
import './workshop.css'

/** The home page's doors into workshops: run one (teacher) or join one (student). */
export function WorkshopLinks() {
  return (
    <nav className="workshop-links" aria-label={t('workshop.create.title')}>
      <a href="/w/new">{t('workshop.run')}</a>
      <a href="/join">{t('workshop.joinLink')}</a>
    </nav>
  )
}
