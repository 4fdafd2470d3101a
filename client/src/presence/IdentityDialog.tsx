import { useEffect, useRef, useState } from 'react'
import { t } from '../i18n'
import { randomColor, saveIdentity } from './identity'
import { PEER_COLORS } from './schema'
import type { PeerUser } from './schema'

/** Asked once per device: the name and colour others see next to this person's cursor. */
export function IdentityDialog({ onDone }: { onDone: (u: PeerUser) => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  const [name, setName] = useState('')
  const [color, setColor] = useState(randomColor)
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
  }, [])
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="identity-title" onCancel={(e) => e.preventDefault()}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault()
          const u = { name: name.trim() || t('presence.anonymous'), color }
          saveIdentity(u)
          ref.current?.close()
          onDone(u)
        }}
      >
        <h2 id="identity-title">{t('presence.title')}</h2>
        <p>{t('presence.body')}</p>
        <label>
          {t('presence.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={40} autoFocus />
        </label>
        <fieldset className="color-choice">
          <legend>{t('presence.color')}</legend>
          {PEER_COLORS.map((c, i) => (
            <label key={c} className="swatch" style={{ background: c }} title={t(`presence.color.${i + 1}`)}>
              <input
                type="radio"
                name="color"
                value={c}
                checked={color === c}
                onChange={() => setColor(c)}
                aria-label={t(`presence.color.${i + 1}`)}
              />
            </label>
          ))}
        </fieldset>
        <button type="submit">{t('presence.join')}</button>
      </form>
    </dialog>
  )
}
