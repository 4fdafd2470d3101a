import { memo } from 'react'
import { setNodeFields } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import { LINE_COLORS, LINE_PREFIX } from './stroke'
import type { BotgLine } from './stroke'

/** The graph's lines with editable names and colours; each edit rewrites only that line's field. */
export const BotgLineList = memo(function BotgLineList({ nodeId, lines }: { nodeId: string; lines: BotgLine[] }) {
  const { doc, origin, readOnly } = useBoard()
  const write = (line: BotgLine, patch: Partial<BotgLine>) => {
    const next = { ...line, ...patch }
    setNodeFields(
      doc,
      nodeId,
      { [LINE_PREFIX + line.id]: { name: next.name, color: next.color, points: next.points } },
      origin,
    )
  }
  if (lines.length === 0) return <p className="kind-botg-empty">{t('kinds.botg.noLines')}</p>
  return (
    <ul className="kind-botg-lines nodrag" aria-label={t('kinds.botg.lines')}>
      {lines.map((line) => (
        <li key={line.id} data-testid="botg-line-row">
          <select
            aria-label={t('kinds.botg.lineColor')}
            value={line.color}
            disabled={readOnly}
            style={{ color: line.color }}
            onChange={(e) => write(line, { color: e.target.value })}
          >
            {[...new Set([line.color, ...LINE_COLORS])].map((c) => (
              <option key={c} value={c} style={{ color: c }}>
                ●
              </option>
            ))}
          </select>
          {/* Uncontrolled with a key on the shared value: typing stays local, a remote rename resets it. */}
          <input
            key={line.name}
            aria-label={t('kinds.botg.lineName')}
            defaultValue={line.name}
            readOnly={readOnly}
            maxLength={200}
            onKeyDown={(e) => {
              e.stopPropagation()
              if (e.key === 'Enter') e.currentTarget.blur()
            }}
            onBlur={(e) => {
              if (e.target.value !== line.name) write(line, { name: e.target.value })
            }}
          />
          {!readOnly && (
            <button
              type="button"
              aria-label={t('kinds.botg.removeLine', { name: line.name })}
              onClick={() => setNodeFields(doc, nodeId, { [LINE_PREFIX + line.id]: undefined }, origin)}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  )
})
