import { Fragment, useEffect, useId, useRef, useState } from 'react'
import { useStoreApi } from '@xyflow/react'
import type { ChangeEvent, KeyboardEvent } from 'react'
import { useBoard } from '../board/BoardContext'
import { useLoops } from '../loops/useLoops'
import { tl } from '../loops/messages'
import { ti } from '../interop/messages'
import { IMPORT_ACCEPT } from '../interop/detectFormat'
import { EmbedDialog } from '../interop/EmbedDialog'
import { useFileImport } from '../interop/useFileImport'
import { exportBoard } from './exportActions'
import { ImportReport } from './ImportReport'
import { menuGroups } from './menuItems'
import type { MenuEntry, PictureChoice } from './menuItems'
import './export.css'

const DEFAULT_CHOICE: PictureChoice = { scope: 'board', background: 'white', scale: 2 }

/**
 * Toolbar menu: pictures (PNG/SVG of the board or the selection), PDF, board JSON, other tools'
 * formats, an embed snippet, and importing a file. Inside React Flow's provider (it reads
 * measured node sizes and the selection).
 */
export function ExportMenu() {
  const { doc, readOnly } = useBoard()
  const { loops } = useLoops()
  const flowStore = useStoreApi()
  const { status, setStatus, importFile } = useFileImport()
  const [open, setOpen] = useState(false)
  const [embed, setEmbed] = useState(false)
  const [choice, setChoice] = useState<PictureChoice>(DEFAULT_CHOICE)
  const rootRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([])
  const fileRef = useRef<HTMLInputElement>(null)
  const menuId = useId()

  const groups = menuGroups(choice, readOnly)
  const count = groups.reduce((n, g) => n + g.entries.length, 0)

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

  const fail = (err: unknown) =>
    setStatus({ kind: 'message', error: true, text: tl('export.failed', { reason: err instanceof Error ? err.message : String(err) }) })

  const choose = (entry: MenuEntry) => {
    if (entry.type === 'radio') return setChoice(entry.apply) // options keep the menu open
    const id = entry.id
    close(id !== 'import' && id !== 'embed')
    setStatus(null)
    if (id === 'import') return fileRef.current?.click()
    if (id === 'embed') return setEmbed(true)
    const state = flowStore.getState()
    let selection: Set<string> | undefined
    if (choice.scope === 'selection' && (id === 'png' || id === 'svg')) {
      selection = new Set(state.nodes.filter((n) => n.selected).map((n) => n.id))
      if (selection.size === 0) return setStatus({ kind: 'message', error: true, text: ti('interop.scope.noSelection') })
    }
    const sizes = new Map<string, { w: number; h: number }>()
    for (const [nodeId, node] of state.nodeLookup) {
      const { width, height } = node.measured
      if (width && height) sizes.set(nodeId, { w: width, h: height })
    }
    const picture = { selection, background: choice.background, scale: choice.scale }
    exportBoard(id, { doc, loops, sizes, picture }).catch(fail)
  }

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = '' // choosing the same file again must fire change again
    if (file) void importFile(file)
  }

  const onMenuKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation() // menu keys are not canvas shortcuts
    const current = itemRefs.current.findIndex((el) => el === document.activeElement)
    const focus = (i: number) => itemRefs.current[(i + count) % count]?.focus()
    if (e.key === 'ArrowDown') focus(current + 1)
    else if (e.key === 'ArrowUp') focus(current - 1)
    else if (e.key === 'Home') focus(0)
    else if (e.key === 'End') focus(count - 1)
    else if (e.key === 'Escape') close(true)
    else if (e.key === 'Tab') close(false)
    else return
    if (e.key !== 'Tab') e.preventDefault()
  }

  let index = 0
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
          {groups.map((group, g) => (
            <Fragment key={group.label}>
              {g > 0 && <li role="separator" className="export-menu__sep" />}
              <li role="none">
                <ul role="group" aria-label={group.label} className="export-menu__group">
                  {group.entries.map((entry) => {
                    const i = index++
                    return (
                      <li role="none" key={entry.id}>
                        <button
                          type="button"
                          role={entry.type === 'radio' ? 'menuitemradio' : 'menuitem'}
                          aria-checked={entry.type === 'radio' ? entry.checked : undefined}
                          tabIndex={-1}
                          ref={(el) => {
                            itemRefs.current[i] = el
                          }}
                          onClick={() => choose(entry)}
                        >
                          {entry.label}
                        </button>
                      </li>
                    )
                  })}
                </ul>
              </li>
            </Fragment>
          ))}
        </ul>
      )}
      <input
        ref={fileRef}
        hidden
        type="file"
        accept={IMPORT_ACCEPT}
        aria-label={ti('interop.importFileLabel')}
        data-testid="import-file"
        onChange={onFile}
      />
      {status && <ImportReport status={status} onDismiss={() => setStatus(null)} />}
      {embed && <EmbedDialog title={String(doc.getMap('meta').get('title') ?? '')} onClose={() => setEmbed(false)} />}
    </div>
  )
}
