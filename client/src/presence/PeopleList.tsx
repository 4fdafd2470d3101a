import { t } from '../i18n'
import { usePeers } from './peersStore'
import type { PeerUser } from './schema'

export function PeopleList({ me }: { me: PeerUser | null }) {
  const peers = usePeers()
  return (
    <ul className="people" aria-label={t('presence.people')}>
      {me && (
        <li style={{ borderColor: me.color }} title={t('presence.you', { name: me.name })}>
          <span className="dot" style={{ background: me.color }} />
          {t('presence.you', { name: me.name })}
        </li>
      )}
      {peers.map((p) => (
        <li key={p.clientId} style={{ borderColor: p.user.color }} data-testid="peer">
          <span className="dot" style={{ background: p.user.color }} />
          {p.user.name}
        </li>
      ))}
    </ul>
  )
}
