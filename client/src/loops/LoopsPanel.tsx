import { useMemo } from 'react'
import { useLoops } from './useLoops'
import { LoopRow } from './LoopRow'
import { loopPathText, sortLoopsForPanel } from './loopRows'
import { tl } from './messages'
import './loops.css'

/** Side panel listing the diagram's feedback loops, live as people draw. */
export function LoopsPanel() {
  const { loops, truncated, truncatedBy, snapshot, analysing, error } = useLoops()
  const sorted = useMemo(() => sortLoopsForPanel(loops, snapshot), [loops, snapshot])
  const unnamed = tl('loops.unnamedVariable')
  const count = truncated
    ? tl('loops.count.more', { count: loops.length })
    : loops.length === 1
      ? tl('loops.count.one')
      : tl('loops.count', { count: loops.length })
  return (
    <section className="loops-panel" aria-labelledby="loops-panel-title" data-testid="loops-panel">
      <div className="loops-panel__header">
        <h2 id="loops-panel-title">{tl('loops.title')}</h2>
        <span className="loops-panel__count" aria-live="polite">
          {analysing && loops.length === 0 ? tl('loops.analysing') : count}
        </span>
      </div>
      {truncated && (
        <p className="loops-panel__notice" role="status">
          {truncatedBy === 'time' ? tl('loops.truncated.time') : tl('loops.truncated', { count: loops.length })}
        </p>
      )}
      {error && (
        <p className="loops-panel__notice" role="alert">
          {tl('loops.failed', { reason: error })}
        </p>
      )}
      {sorted.length === 0 && !analysing ? (
        <div className="loops-panel__empty">
          <h3>{tl('loops.empty.title')}</h3>
          <p>{tl('loops.empty.body')}</p>
        </div>
      ) : (
        <ul className="loops-panel__list">
          {sorted.map((loop) => (
            <LoopRow
              key={loop.edges.join(',')}
              loop={loop}
              path={loopPathText(loop, snapshot, unnamed)}
              name={snapshot?.loops[loop.key]?.name ?? ''}
              note={snapshot?.loops[loop.key]?.note ?? ''}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
