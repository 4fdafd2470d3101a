import { useEffect } from 'react'
import { useReactFlow } from '@xyflow/react'
import type { Polarity } from '@causeway/model'
import { useBoard } from '../board/BoardContext'
import type { CanvasActions } from './useCanvasActions'

export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || !!target.closest('[role="dialog"]')
}

export function focusedNodeId(): string | null {
  const el = document.activeElement
  return el instanceof HTMLElement && el.classList.contains('react-flow__node') ? el.dataset.id ?? null : null
}

function focusedEdgeId(): string | null {
  const el = document.activeElement
  return el instanceof SVGElement && el.classList.contains('react-flow__edge') ? el.dataset.id ?? null : null
}

/**
 * Board shortcuts (listed in ShortcutsDialog). Ignored while typing in a field or a dialog is
 * open, so letters typed into a label never act on the canvas. L (keyboard linking) lives in
 * useKeyboardLink, which takes the arrows, Tab and Enter first while link mode is on.
 */
export function useCanvasKeys(
  actions: CanvasActions,
  pointer: () => { x: number; y: number } | null,
  openHelp: () => void,
) {
  const { undoManager, readOnly } = useBoard()
  const flow = useReactFlow()

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target) || document.querySelector('dialog[open]')) return
      const mod = e.ctrlKey || e.metaKey
      const key = e.key
      const handled = (fn: () => void) => {
        e.preventDefault()
        fn()
      }
      if (mod) {
        const k = key.toLowerCase()
        if (k === 'z' && !e.shiftKey) return handled(() => !readOnly && undoManager.undo())
        if ((k === 'z' && e.shiftKey) || k === 'y') return handled(() => !readOnly && undoManager.redo())
        if (k === 'c') return actions.copy()
        if (k === 'v') return handled(actions.paste)
        if (k === 'd') return handled(actions.duplicate)
        return
      }
      if (e.altKey) return
      // Shift+1 is "!" on some layouts and something else on others; the physical key decides.
      if (e.shiftKey && (e.code === 'Digit1' || key === '!')) return handled(() => void flow.fitView({ padding: 0.2 }))
      if (key === 'Delete' || key === 'Backspace') return handled(actions.deleteSelection)
      if (key === 'Enter' || key === ' ' || key === 'F2') {
        // A focused button (toolbar, a link's Delay/Pipe) is activated by the browser, not swallowed.
        if (key !== 'F2' && e.target instanceof HTMLButtonElement) return
        // A focused but unselected node is selected first (we handle keyboard a11y ourselves).
        const focused = focusedNodeId()
        if (focused && !actions.selection().nodes.includes(focused))
          return handled(() => actions.selectOnly(new Set([focused])))
        const edge = focusedEdgeId()
        if (edge && !actions.selection().edges.includes(edge)) return handled(() => actions.selectEdge(edge))
        if (key !== ' ') return handled(actions.editSelected)
        return
      }
      const step = e.shiftKey ? 10 : 1
      const arrows: Record<string, [number, number]> = {
        ArrowLeft: [-step, 0],
        ArrowRight: [step, 0],
        ArrowUp: [0, -step],
        ArrowDown: [0, step],
      }
      const arrow = arrows[key]
      if (arrow) {
        if (actions.selection().nodes.length) handled(() => actions.nudge(arrow[0], arrow[1]))
        return
      }
      const { edges } = actions.selection()
      if (edges.length && (key === '+' || key === '-' || key === '?'))
        return handled(() => actions.setPolarity(key as Polarity))
      if (key === '?') return handled(openHelp)
      const k = key.toLowerCase()
      if (k === 'p' && edges.length) return handled(actions.cyclePolarity)
      if (k === 'd' && edges.length) return handled(actions.toggleDelay)
      if (k === 'f' && edges.length) return handled(actions.togglePipe)
      if (k === 'n') return handled(() => actions.addVariableAt(pointer() ?? actions.viewportCenter()))
      if (k === 's') return handled(() => actions.addNoteAt(pointer() ?? actions.viewportCenter()))
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [actions, pointer, openHelp, undoManager, readOnly, flow])
}
