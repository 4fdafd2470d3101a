import { useCallback, useEffect, useRef, useState } from 'react'
import { useOnSelectionChange, useReactFlow, useStore, useStoreApi } from '@xyflow/react'
import type { InternalNode, OnSelectionChangeParams, ReactFlowState } from '@xyflow/react'
import { addLink, isPipeByDefault, ModelError } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import { t } from '../i18n'
import type { BoardEdge, BoardNode } from './deriveFlow'
import './messages'
import { nearestInDirection, readingOrder, stepInOrder } from './nearestNode'
import type { Box, Direction } from './nearestNode'
import { selectWhenAdded } from './selectNodes'
import { focusedNodeId, isTyping } from './useCanvasKeys'

/** Link mode: the link's source, and the variable highlighted as its target (none at first). */
export interface LinkMode {
  source: string
  target: string | null
}

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' }
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'CapsLock'])

/** A node can be a link end when it has link handles, as for dragging (notes and containers have none). */
function linkable(n: InternalNode | undefined): n is InternalNode {
  const h = n?.internals.handleBounds
  return !!n && !n.hidden && !!(h?.source?.length || h?.target?.length)
}

function boxOf(n: InternalNode): Box {
  const { x, y } = n.internals.positionAbsolute
  return { id: n.id, x, y, width: n.measured.width ?? 0, height: n.measured.height ?? 0 }
}

function focusNode(id: string): void {
  document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true })
}

/**
 * Keyboard linking. L with one variable focused or selected starts link mode: arrows move the
 * target highlight to the nearest variable that way, Tab / Shift+Tab in reading order, Enter
 * links (addLink as the drag path does, pipes between stocks/flows/clouds included, one undo
 * step; the new link is selected so + − P D F act on it, and focus moves to the target so L
 * links onward), Escape cancels. With two
 * variables selected, L links the first selected to the second at once. Keys are taken in the
 * capture phase, ahead of the canvas shortcuts (no nudging while choosing a target).
 * `message` is for a live region; `onHint` shows the canvas's visible hint (self-links, no source).
 */
export function useKeyboardLink(onHint: (text: string) => void): { mode: LinkMode | null; message: string } {
  const { doc, origin, undoManager, readOnly } = useBoard()
  const flow = useReactFlow<BoardNode, BoardEdge>()
  const store = useStoreApi<BoardNode, BoardEdge>()
  const [mode, setMode] = useState<LinkMode | null>(null)
  const [message, setMessage] = useState('')
  const selectionOrder = useRef<string[]>([])

  // React Flow lists selected nodes in board order; "first selected" needs the order of clicks.
  const onSelectionChange = useCallback(({ nodes }: OnSelectionChangeParams) => {
    const now = new Set(nodes.map((n) => n.id))
    const kept = selectionOrder.current.filter((id) => now.has(id))
    selectionOrder.current = [...kept, ...[...now].filter((id) => !kept.includes(id))]
  }, [])
  useOnSelectionChange({ onChange: onSelectionChange })

  // The source deleted (here, by undo or by someone else) or the board locked: link mode ends.
  const sourceGone = useStore(
    useCallback((s: ReactFlowState) => !!mode && !linkable(s.nodeLookup.get(mode.source)), [mode]),
  )
  useEffect(() => {
    if (!mode || !(sourceGone || readOnly)) return
    setMode(null)
    setMessage(readOnly ? '' : t('link.gone'))
  }, [mode, sourceGone, readOnly])

  // A result stays readable for a while, then the live region is emptied.
  useEffect(() => {
    if (mode || !message) return
    const timer = setTimeout(() => setMessage(''), 6000)
    return () => clearTimeout(timer)
  }, [mode, message])

  useEffect(() => {
    const lookup = () => store.getState().nodeLookup
    const label = (id: string) => flow.getNode(id)?.data.label || t('node.empty')
    const candidates = () => [...lookup().values()].filter(linkable).map(boxOf)

    const reveal = (id: string) => {
      const n = lookup().get(id)
      if (!n) return
      const { width, height, transform } = store.getState()
      const [tx, ty, zoom] = transform
      const b = boxOf(n)
      const left = b.x * zoom + tx
      const top = b.y * zoom + ty
      const inside = left >= 0 && top >= 0 && left + b.width * zoom <= width && top + b.height * zoom <= height
      if (!inside) void flow.setCenter(b.x + b.width / 2, b.y + b.height / 2, { zoom, duration: 200 })
    }

    const link = (source: string, target: string) => {
      if (source === target) return onHint(t('hint.selfLink'))
      // As a drawn link (Canvas onConnect): between stocks, flows and clouds it starts as a pipe.
      const pipe = isPipeByDefault(doc, source, target)
      let id: string
      try {
        undoManager.stopCapturing()
        id = addLink(doc, { source, target, ...(pipe && { polarity: '+', fields: { flow: true } }) }, origin)
        undoManager.stopCapturing() // a polarity key pressed right after is its own step
      } catch (err) {
        if (!(err instanceof ModelError)) throw err
        setMode(null)
        return setMessage(err.code === 'self-loop' ? t('hint.selfLink') : t('link.gone'))
      }
      selectWhenAdded([], [id])
      setMode(null)
      setMessage(t(pipe ? 'link.donePipe' : 'link.done', { source: label(source), target: label(target) }))
      focusNode(target)
    }

    const begin = () => {
      const nodes = lookup()
      const selected = flow.getNodes().filter((n) => n.selected && linkable(nodes.get(n.id)))
      const rank = (id: string) => {
        const i = selectionOrder.current.indexOf(id)
        return i < 0 ? Infinity : i
      }
      const ordered = selected.map((n) => n.id).sort((a, b) => rank(a) - rank(b))
      if (ordered.length === 2) return link(ordered[0]!, ordered[1]!)
      const focused = focusedNodeId()
      const source = focused && linkable(nodes.get(focused)) ? focused : ordered.length === 1 ? ordered[0]! : null
      if (!source) return onHint(t('link.needSource'))
      if (!candidates().some((b) => b.id !== source)) return onHint(t('hint.selfLink'))
      setMode({ source, target: null })
      setMessage(t('link.start', { source: label(source) }))
    }

    const choose = (m: LinkMode, next: string | null) => {
      if (!next) return setMessage(t('link.nothingThatWay'))
      setMode({ source: m.source, target: next })
      const linked = flow.getEdges().some((e) => e.source === m.source && e.target === next)
      setMessage(t(linked ? 'link.targetLinked' : 'link.target', { source: label(m.source), target: label(next) }))
      reveal(next)
    }

    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || isTyping(e.target) || document.querySelector('dialog[open]')) return
      const plain = !e.ctrlKey && !e.metaKey && !e.altKey
      const take = () => {
        e.preventDefault()
        e.stopPropagation()
      }
      if (!mode) {
        if (readOnly || !plain || e.key.toLowerCase() !== 'l') return
        take()
        return begin()
      }
      if (MODIFIERS.has(e.key)) return // Shift is pressed on its way to Shift+Tab
      const dir = DIRECTIONS[e.key]
      if (dir && plain) {
        take()
        const from = mode.target ?? mode.source
        const all = candidates()
        const at = all.find((b) => b.id === from)
        return choose(mode, at ? nearestInDirection(at, all.filter((b) => b.id !== mode.source), dir) : null)
      }
      if (e.key === 'Tab' && plain) {
        take()
        return choose(mode, stepInOrder(readingOrder(candidates()), mode.target, e.shiftKey ? -1 : 1, mode.source))
      }
      if (e.key === 'Enter' && plain) {
        take()
        const target = mode.target && linkable(lookup().get(mode.target)) ? mode.target : null
        return target ? link(mode.source, target) : setMessage(t('link.noTarget'))
      }
      if (e.key === 'Escape' || (plain && e.key.toLowerCase() === 'l')) take()
      // Any other key (or a click, below) leaves link mode and then does what it always does.
      setMode(null)
      setMessage(t('link.cancelled'))
    }
    const onPointerDown = () => {
      if (!mode) return
      setMode(null)
      setMessage(t('link.cancelled'))
    }
    document.addEventListener('keydown', onKey, true)
    document.addEventListener('pointerdown', onPointerDown, true)
    return () => {
      document.removeEventListener('keydown', onKey, true)
      document.removeEventListener('pointerdown', onPointerDown, true)
    }
  }, [mode, readOnly, doc, origin, undoManager, flow, store, onHint])

  return { mode, message }
}
