import { useEffect, useId, useRef, useState } from 'react'
import { useStoreApi } from '@xyflow/react'
import type { ChangeEvent, KeyboardEvent } from 'react'
import { useBoard } from '../board/BoardContext'
import { useLoops } from '../loops/useLoops'
import { tl } from '../loops/messages'
import { exportBoard } from './exportActions'
import type { ExportFormat } from './exportActions'
import { importBoardText } from './importBoard'
import { ImportReport } from './ImportReport'
import type { ImportStatus } from './ImportReport'
import './export.css'

type Item = { id: ExportFormat | 'import'; label: string }

/**
 * Toolbar menu: download the diagram as PNG/SVG/JSON, or add a board file's content to this
 * board. Must be inside React Flow's provider (it reads measured node sizes).
 */
export function ExportMenu() {
  const { doc, origin, readOnly } = useBoard()
  const { loops } = useLoops()
  const flowStore = useStoreApi()
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState<ImportStatus | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([])
  const fileRef = useRef<HTMLInputElement>(null)
  const menuId = useId()

  const items: Item[] = [
    { id: 'png', label: tl('export.png') },
    { id: 'svg', label: tl('export.svg') },
    { id: 'json', label: tl('export.json') },
    ...(readOnly ? [] : [{ id: 'import' as const, label: tl('export.import') }]),
  ]

  useEffect(() => {
    if (!open) return
    itemRefs.current[0]?.focus()
    const onPointerDown = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) buttonRef.current?.focus()
  }

  const choose = (item: Item) => {
    close(item.id !== 'import')
    setStatus(null)
    if (item.id === 'import') {
      fileRef.current?.click()
      return
    }
    // Boxes as measured on screen, so the drawing matches what people see.
    const sizes = new Map<string, { w: number; h: number }>()
    for (const [id, node] of flowStore.getState().nodeLookup) {
      const { width, height } = node.measured
      if (width && height) sizes.set(id, { w: width, h: height })
    }
    exportBoard(doc, loops, item.id, sizes).catch((err: unknown) =>
      setStatus({ kind: 'message', error: true, text: tl('export.failed', { reason: err instanceof Error ? err.message : String(err) }) }),
    )
  }

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = '' // choosing the same file again must fire change again
    if (!file) return
    if (readOnly) return setStatus({ kind: 'message', error: true, text: tl('export.readOnly') })
    const outcome = importBoardText(doc, await file.text(), origin)
    setStatus(
      outcome.ok
        ? { kind: 'message', error: false, text: tl('export.importDone', { nodes: outcome.nodes, edges: outcome.edges }) }
        : { kind: 'errors', errors: outcome.errors },
    )
  }

  const onMenuKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation() // menu keys are not canvas shortcuts
    const current = itemRefs.current.findIndex((el) => el === document.activeElement)
    const focus = (i: number) => itemRefs.current[(i + items.length) % items.length]?.focus()
    if (e.key === 'ArrowDown') focus(current + 1)
    else if (e.key === 'ArrowUp') focus(current - 1)
    else if (e.key === 'Home') focus(0)
    else if (e.key === 'End') focus(items.length - 1)
    else if (e.key === 'Escape') close(true)
    else if (e.key === 'Tab') close(false)
    else return
    if (e.key !== 'Tab') e.preventDefault()
  }

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        type="button"
        ref={buttonRef}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault()
            setOpen(true)
          }
        }}
      >
        {tl('export.button')}
      </button>
      {open && (
        <ul className="export-menu__list" role="menu" id={menuId} aria-label={tl('export.menuLabel')} onKeyDown={onMenuKeyDown}>
          {items.map((item, i) => (
            <li role="none" key={item.id}>
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                ref={(el) => {
                  itemRefs.current[i] = el
                }}
                onClick={() => choose(item)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={fileRef}
        hidden
        type="file"
        accept=".json,application/json"
        aria-label={tl('export.importFileLabel')}
        data-testid="import-file"
        onChange={onFile}
      />
      {status && <ImportReport status={status} onDismiss={() => setStatus(null)} />}
    </div>
  )
}
