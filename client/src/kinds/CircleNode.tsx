import { memo, useCallback, useSyncExternalStore } from 'react'
import type { NodeProps } from '@xyflow/react'
import type * as Y from 'yjs'
import { boardMaps } from '@causeway/model'
import { addCircleElement, CIRCLE_MAX_ELEMENTS } from '@causeway/templates'
import { useBoard } from '../board/BoardContext'
import { setEditing } from '../canvas/editingStore'
import { t } from '../i18n'
import { turnCircleIntoCld } from './circleConvert'
import { containerSize } from './containment'
import { ContainerResizer } from './ContainerResizer'
import { EditableLabel } from './EditableLabel'
import { str, useNodeFields } from './useNodeFields'

/** The circle the elements sit around; the arrows across it are ordinary links. */
export const CircleNode = memo(function CircleNode({ id, selected }: NodeProps) {
  const { doc, origin, readOnly, undoManager } = useBoard()
  const node = useNodeFields(id)
  const elements = useElementCount(doc, id)
  if (!node) return null
  const full = elements >= CIRCLE_MAX_ELEMENTS
  const addElement = () => {
    undoManager.stopCapturing()
    const added = addCircleElement(doc, id, '', origin)
    // Named at once, like a variable added on the canvas; the naming joins the same undo step.
    if (added) setEditing(added)
  }
  const { w, h } = containerSize(node)
  // The same ring the templates place elements on (circlePositions).
  const r = Math.max(10, Math.min(w, h) / 2 - 1)
  const label = str(node.label)
  return (
    <div
      className="kind-container kind-circle"
      style={{ width: w, height: h }}
      role="group"
      aria-label={t('kinds.circle', { label })}
      data-testid={`circle-${id}`}
    >
      <ContainerResizer nodeId={id} selected={selected} minWidth={240} minHeight={240} />
      <svg width={w} height={h} aria-hidden="true" className="kind-circle-ring">
        <circle cx={w / 2} cy={h / 2} r={r} />
      </svg>
      <div className="kind-circle-centre">
        <EditableLabel nodeId={id} value={label} className="kind-container-title" />
        <span className="kind-circle-count">{t('kinds.circle.elements', { n: elements })}</span>
        {!readOnly && (
          <>
            <button
              type="button"
              className="nodrag"
              onClick={addElement}
              disabled={full}
              title={full ? t('kinds.circle.full', { n: CIRCLE_MAX_ELEMENTS }) : undefined}
            >
              {t('kinds.circle.addElement')}
            </button>
            <button
              type="button"
              className="nodrag"
              data-testid="circle-to-cld"
              onClick={() => turnCircleIntoCld(doc, id, origin)}
            >
              {t('kinds.circle.toCld')}
            </button>
          </>
        )}
      </div>
    </div>
  )
})

/** How many elements sit round a circle (a number, so React re-renders only when it changes). */
function useElementCount(doc: Y.Doc, circleId: string): number {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const nodes = boardMaps(doc).nodes
      nodes.observeDeep(onChange)
      return () => nodes.unobserveDeep(onChange)
    },
    [doc],
  )
  return useSyncExternalStore(subscribe, () => {
    let n = 0
    for (const node of boardMaps(doc).nodes.values()) if (node.get('parent') === circleId) n++
    return n
  })
}
