import { useCallback } from 'react'
import { useStore } from '@xyflow/react'
import type { InternalNode, ReactFlowState } from '@xyflow/react'
import { edgeGeometry } from './edgeGeometry'
import type { Rect } from './edgeGeometry'
import { useKeyboardLink } from './useKeyboardLink'
import type { LinkMode } from './useKeyboardLink'
import { ViewportLayer } from './ViewportLayer'
import './canvasOverlays.css'

type Ends = readonly [InternalNode | undefined, InternalNode | undefined]
const sameEnds = (a: Ends, b: Ends) => a[0] === b[0] && a[1] === b[1]

function rectOf(n: InternalNode): Rect {
  const { x, y } = n.internals.positionAbsolute
  return { x, y, width: n.measured.width ?? 0, height: n.measured.height ?? 0 }
}

function Ring({ r, className }: { r: Rect; className: string }) {
  return <rect className={className} x={r.x - 5} y={r.y - 5} width={r.width + 10} height={r.height + 10} rx={10} />
}

/** The source ringed, the highlighted target ringed, and the link-to-be between them. */
function LinkPreview({ mode }: { mode: LinkMode }) {
  const { source, target } = mode
  const select = useCallback(
    (s: ReactFlowState): Ends => [s.nodeLookup.get(source), target ? s.nodeLookup.get(target) : undefined],
    [source, target],
  )
  const [from, to] = useStore(select, sameEnds)
  if (!from) return null
  const s = rectOf(from)
  const t = to && rectOf(to)
  return (
    <ViewportLayer>
      <svg className="link-preview" width={1} height={1} aria-hidden="true">
        <defs>
          <marker id="link-preview-head" viewBox="0 0 10 10" refX={9} refY={5} markerWidth={7} markerHeight={7} orient="auto">
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        </defs>
        <Ring r={s} className="link-preview-source" />
        {t && (
          <>
            <path className="link-preview-path" d={edgeGeometry(s, t).path} markerEnd="url(#link-preview-head)" />
            <Ring r={t} className="link-preview-target" />
          </>
        )}
      </svg>
    </ViewportLayer>
  )
}

/**
 * Keyboard linking on the canvas (must be a child of <ReactFlow>): the announcement in a live
 * region that is always there (so screen readers hear each change), shown as a banner while
 * link mode is on, and the preview of the link being chosen.
 */
export function KeyboardLink({ onHint }: { onHint: (text: string) => void }) {
  const { mode, message } = useKeyboardLink(onHint)
  return (
    <>
      <div className={mode ? 'link-banner' : 'visually-hidden'} role="status" data-testid="link-status">
        {message}
      </div>
      {mode && <LinkPreview mode={mode} />}
    </>
  )
}
