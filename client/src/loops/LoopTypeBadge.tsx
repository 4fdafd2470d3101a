import type { LoopType } from '@causeway/analysis'
import { tl } from './messages'
import './loops.css'

/** "R1 reinforcing": the letter and the word carry the type, the colour only repeats it. */
export function LoopTypeBadge({ label, type }: { label: string; type: LoopType }) {
  return (
    <span className={`loop-badge loop-badge--${type}`} title={tl(`loops.type.${type}.help`)}>
      <span className="loop-badge__label">{label}</span>
      <span className="loop-badge__type">{tl(`loops.type.${type}`)}</span>
    </span>
  )
}
