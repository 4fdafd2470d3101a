import { t } from '../i18n'

export function ErrorScreen({ title, body }: { title: string; body: string }) {
  return (
    <main className="error-screen" role="alert">
      <h1>{title}</h1>
      {body && <p>{body}</p>}
      <a href="/">{t('error.backHome')}</a>
    </main>
  )
}
