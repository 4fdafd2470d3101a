import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import { t } from '../i18n'
import { ContainerResizer } from './ContainerResizer'
import { containerSize } from './containment'
import { EditableLabel } from './EditableLabel'
import { KindHandles } from './KindHandles'
import { num, str, useNodeFields } from './useNodeFields'

/** Stock: what accumulates, drawn as a box. */
export const StockNode = memo(function StockNode({ id }: NodeProps) {
  const node = useNodeFields(id)
  if (!node) return null
  const label = str(node.label)
  return (
    <div className="kind-stock" role="group" aria-label={t('kinds.stock', { label })} data-testid={`stock-${id}`}>
      <KindHandles />
      <EditableLabel nodeId={id} value={label} />
    </div>
  )
})

/** Flow: the valve on a pipe that fills or drains a stock. */
export const FlowNode = memo(function FlowNode({ id }: NodeProps) {
  const node = useNodeFields(id)
  if (!node) return null
  const label = str(node.label)
  return (
    <div className="kind-flow" role="group" aria-label={t('kinds.flow', { label })} data-testid={`flow-${id}`}>
      <KindHandles />
      <svg width="36" height="28" viewBox="0 0 36 28" aria-hidden="true" className="kind-valve">
        <path d="M2,4 L18,14 L2,24 z M34,4 L18,14 L34,24 z" />
        <line x1="18" y1="14" x2="18" y2="0" />
      </svg>
      <EditableLabel nodeId={id} value={label} />
    </div>
  )
})

/** Cloud: a source or sink outside the system's boundary. */
export const CloudNode = memo(function CloudNode({ id }: NodeProps) {
  const node = useNodeFields(id)
  if (!node) return null
  const label = str(node.label)
  return (
    <div className="kind-cloud" role="group" aria-label={t('kinds.cloud', { label })} data-testid={`cloud-${id}`}>
      <KindHandles />
      <svg width="64" height="40" viewBox="0 0 64 40" aria-hidden="true">
        <path d="M14,36 C2,36 2,22 12,20 C10,8 26,4 30,12 C36,2 52,6 50,18 C62,18 62,36 50,36 z" />
      </svg>
      {label && <EditableLabel nodeId={id} value={label} />}
    </div>
  )
})

/** Frame: a titled area that groups work; it sits behind the nodes placed on it. */
export const FrameNode = memo(function FrameNode({ id, selected }: NodeProps) {
  const node = useNodeFields(id)
  if (!node) return null
  const { w, h } = containerSize(node)
  const label = str(node.label)
  return (
    <div
      className="kind-container kind-frame"
      style={{ width: w, height: h }}
      role="group"
      aria-label={t('kinds.frame', { label })}
      data-testid={`frame-${id}`}
    >
      <ContainerResizer nodeId={id} selected={selected} />
      {/* Frames can be linked too (the three-systems areas influence each other). */}
      <KindHandles />
      <EditableLabel nodeId={id} value={label} className="kind-container-title" />
    </div>
  )
})

/** Prompt: a question card that guides the team (e.g. a Habit of a Systems Thinker). */
export const PromptNode = memo(function PromptNode({ id }: NodeProps) {
  const node = useNodeFields(id)
  if (!node) return null
  const label = str(node.label)
  return (
    <div
      className="kind-prompt"
      style={{ width: num(node.w, 240) }}
      role="note"
      aria-label={t('kinds.prompt', { label })}
      data-testid={`prompt-${id}`}
    >
      <KindHandles />
      <span className="kind-prompt-mark" aria-hidden="true">
        ?
      </span>
      <EditableLabel nodeId={id} value={label} multiline />
    </div>
  )
})
