import { useEffect, useState } from 'react'
import QRCode from 'qrcode'
import { t } from '../i18n'

export interface CodeState {
  code: string
  codeExpiresAt: number
  revoked: boolean
}

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      onClick={() =>
        void navigator.clipboard?.writeText(text).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? t('dash.copied') : label}
    </button>
  )
}

/** The QR code is drawn here, from the join URL, so no school data goes to a QR service. */
function useQrSvg(text: string): string | null {
  const [svg, setSvg] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (s) => live && setSvg(s),
      () => live && setSvg(null),
    )
    return () => {
      live = false
    }
  }, [text])
  return svg
}

/** The join code, big enough for the back of the room, with its QR code and the code's controls. */
export function JoinCodePanel({
  state,
  onAction,
}: {
  state: CodeState
  onAction: (action: 'revoke' | 'renew') => void
}) {
  const joinUrl = `${window.location.origin}/join#code=${encodeURIComponent(state.code)}`
  const qr = useQrSvg(joinUrl)
  return (
    <section className="join-panel" aria-labelledby="join-panel-title">
      <h2 id="join-panel-title">{t('dash.code')}</h2>
      <p className={state.revoked ? 'join-code is-revoked' : 'join-code'} data-testid="join-code">
        {state.code}
      </p>
      <p className="join-code-state">
        {state.revoked
          ? t('dash.codeRevoked')
          : t('dash.codeExpires', { time: new Date(state.codeExpiresAt).toLocaleString() })}
      </p>
      <p className="join-url">{t('dash.joinAt', { url: `${window.location.host}/join` })}</p>
      {qr && !state.revoked && (
        <img
          className="join-qr"
          alt={t('dash.qr')}
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr)}`}
        />
      )}
      <div className="join-actions">
        <CopyButton text={state.code} label={t('dash.copyCode')} />
        <CopyButton text={joinUrl} label={t('dash.copyLink')} />
        {!state.revoked && (
          <button type="button" onClick={() => onAction('revoke')}>
            {t('dash.revoke')}
          </button>
        )}
        <button type="button" onClick={() => onAction('renew')}>
          {t('dash.renew')}
        </button>
      </div>
    </section>
  )
}
