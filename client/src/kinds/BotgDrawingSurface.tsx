import { memo, useRef, useState } from 'react'
import type { PointerEvent } from 'react'
import { t } from '../i18n'
import { toGraphSpace, toPlot } from './stroke'

interface Props {
  width: number
  height: number
  drawing: boolean
  color: string
  onStroke: (points: number[]) => void
}

/**
 * The plot area. In draw mode it captures pointer strokes (mouse, pen, finger) itself: nodrag/nopan
 * keep React Flow from moving the node or the viewport, touch-action:none keeps the browser from scrolling.
 */
export const BotgDrawingSurface = memo(function BotgDrawingSurface({ width, height, drawing, color, onStroke }: Props) {
  const [live, setLive] = useState<number[] | null>(null)
  const samples = useRef<number[] | null>(null)

  function sample(e: PointerEvent<SVGRectElement>) {
    const rect = e.currentTarget.getBoundingClientRect()
    const [x, y] = toGraphSpace(e.clientX, e.clientY, rect)
    samples.current?.push(x, y)
  }

  function onDown(e: PointerEvent<SVGRectElement>) {
    if (!drawing || e.button > 0) return
    e.stopPropagation()
    e.currentTarget.setPointerCapture(e.pointerId)
    samples.current = []
    sample(e)
    setLive([...samples.current])
  }

  function onMove(e: PointerEvent<SVGRectElement>) {
    if (!samples.current) return
    e.stopPropagation()
    // Coalesced events keep fast pen strokes detailed where the browser batches them.
    const events = e.nativeEvent.getCoalescedEvents?.() ?? []
    const rect = e.currentTarget.getBoundingClientRect()
    if (events.length > 0) {
      for (const ev of events) samples.current.push(...toGraphSpace(ev.clientX, ev.clientY, rect))
    } else sample(e)
    setLive([...samples.current])
  }

  function onEnd(e: PointerEvent<SVGRectElement>) {
    const pts = samples.current
    samples.current = null
    setLive(null)
    if (!pts) return
    e.stopPropagation()
    if (pts.length >= 4) onStroke(pts)
  }

  return (
    <g>
      <rect
        className={`kind-botg-surface${drawing ? ' nodrag nopan is-drawing' : ''}`}
        data-testid="botg-surface"
        width={width}
        height={height}
        style={{ touchAction: drawing ? 'none' : undefined }}
        aria-label={drawing ? t('kinds.botg.surface') : undefined}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onEnd}
        onPointerCancel={onEnd}
      />
      {live && live.length >= 4 && (
        <polyline className="kind-botg-live" points={toPlot(live, width, height)} stroke={color} fill="none" />
      )}
    </g>
  )
})
