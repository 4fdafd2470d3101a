import { memo, useState } from 'react'
import type { NodeProps } from '@xyflow/react'
import { newId, setNodeFields } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import { BotgDrawingSurface } from './BotgDrawingSurface'
import { BotgLineList } from './BotgLineList'
import { containerSize } from './containment'
import { ContainerResizer } from './ContainerResizer'
import { EditableLabel } from './EditableLabel'
import { smoothPoints } from '@causeway/templates'
import { LINE_COLORS, LINE_PREFIX, linesOfNode, toPlot } from './stroke'
import { str, useNodeFields } from './useNodeFields'

const PAD = { left: 44, right: 12, top: 40, bottom: 40 }

/** Axes, time labels and hand-drawn lines; each line is its own field so concurrent drawers merge. */
export const BotgNode = memo(function BotgNode({ id, selected }: NodeProps) {
  const { doc, origin, readOnly } = useBoard()
  const node = useNodeFields(id)
  const [drawing, setDrawing] = useState(false)
  if (!node) return null
  const { w, h } = containerSize(node)
  const pw = Math.max(40, w - PAD.left - PAD.right)
  const ph = Math.max(40, h - PAD.top - PAD.bottom)
  const lines = linesOfNode(node)
  const nextColor = LINE_COLORS[lines.length % LINE_COLORS.length]!
  const timeLabels = Array.isArray(node.timeLabels) ? node.timeLabels.filter((l) => typeof l === 'string') : []
  const label = str(node.label)

  function addLine(raw: number[]) {
    const points = smoothPoints(raw)
    const name = t('kinds.botg.newLine', { n: lines.length + 1 })
    setNodeFields(doc, id, { [LINE_PREFIX + newId()]: { name, color: nextColor, points } }, origin)
    setDrawing(false)
  }

  function axisInput(field: 'xLabel' | 'yLabel', value: string) {
    return (
      <input
        key={value}
        className={`kind-botg-axis kind-botg-${field} nodrag`}
        aria-label={t(field === 'xLabel' ? 'kinds.botg.xLabel' : 'kinds.botg.yLabel')}
        defaultValue={value}
        readOnly={readOnly}
        maxLength={200}
        onKeyDown={(e) => {
          e.stopPropagation()
          if (e.key === 'Enter') e.currentTarget.blur()
        }}
        onBlur={(e) => {
          if (e.target.value !== value) setNodeFields(doc, id, { [field]: e.target.value }, origin)
        }}
      />
    )
  }

  return (
    <div
      className="kind-container kind-botg"
      style={{ width: w }}
      role="group"
      aria-label={t('kinds.botg', { label })}
      data-testid={`botg-${id}`}
    >
      <ContainerResizer nodeId={id} selected={selected} minWidth={280} minHeight={220} />
      <div className="kind-botg-head">
        <EditableLabel nodeId={id} value={label} className="kind-container-title" />
        {!readOnly && (
          <button
            type="button"
            className="nodrag"
            aria-pressed={drawing}
            data-testid="botg-draw"
            onClick={() => setDrawing((d) => !d)}
          >
            {drawing ? t('kinds.botg.drawing') : t('kinds.botg.draw')}
          </button>
        )}
      </div>
      <div className="kind-botg-plot" style={{ height: h }}>
        <svg width={w} height={h} className="kind-botg-svg">
          <g transform={`translate(${PAD.left},${PAD.top})`}>
            <line className="kind-axis" x1={0} y1={0} x2={0} y2={ph} />
            <line className="kind-axis" x1={0} y1={ph} x2={pw} y2={ph} />
            {timeLabels.map((tl, i) => {
              const x = timeLabels.length === 1 ? 0 : (i / (timeLabels.length - 1)) * pw
              return (
                <text key={i} x={x} y={ph + 14} className="kind-botg-tick" textAnchor="middle">
                  {tl}
                </text>
              )
            })}
            {lines.map((line) => (
              <polyline
                key={line.id}
                data-testid="botg-line"
                className="kind-botg-line"
                points={toPlot(line.points, pw, ph)}
                stroke={line.color}
                fill="none"
              >
                <title>{line.name}</title>
              </polyline>
            ))}
            <BotgDrawingSurface width={pw} height={ph} drawing={drawing} color={nextColor} onStroke={addLine} />
          </g>
        </svg>
        {axisInput('yLabel', str(node.yLabel))}
        {axisInput('xLabel', str(node.xLabel))}
      </div>
      {!readOnly && (
        <label className="kind-botg-times nodrag">
          {t('kinds.botg.timeLabels')}
          <input
            key={timeLabels.join('|')}
            defaultValue={timeLabels.join(', ')}
            maxLength={500}
            onKeyDown={(e) => {
              e.stopPropagation()
              if (e.key === 'Enter') e.currentTarget.blur()
            }}
            onBlur={(e) => {
              const next = e.target.value.split(',').map((l) => l.trim()).slice(0, 24)
              if (next.join('|') !== timeLabels.join('|')) setNodeFields(doc, id, { timeLabels: next }, origin)
            }}
          />
        </label>
      )}
      <BotgLineList nodeId={id} lines={lines} />
    </div>
  )
})
