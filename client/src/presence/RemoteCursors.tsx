import { ViewportLayer } from '../canvas/ViewportLayer'
import { usePeers } from './peersStore'

/** Other people's pointers, in flow coordinates so they stay on the thing they point at. */
export function RemoteCursors() {
  const peers = usePeers()
  return (
    <ViewportLayer>
      {peers.map((p) =>
        p.cursor ? (
          <div
            key={p.clientId}
            className="remote-cursor"
            data-testid="remote-cursor"
            data-name={p.user.name}
            style={{ transform: `translate(${p.cursor.x}px, ${p.cursor.y}px)`, color: p.user.color }}
          >
            <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
              <path d="M0 0 L0 16 L4.5 12 L7.5 19 L10 18 L7 11 L13 11 Z" fill="currentColor" stroke="white" strokeWidth="1" />
            </svg>
            <span className="remote-cursor-name" style={{ background: p.user.color }}>
              {p.user.name}
            </span>
          </div>
        ) : null,
      )}
    </ViewportLayer>
  )
}
