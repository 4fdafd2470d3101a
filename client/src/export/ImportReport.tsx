import { useEffect, useRef } from 'react'
import type { ValidationIssue } from '@causeway/model'
import { tl } from '../loops/messages'

export type ImportStatus =
  | { kind: 'errors'; errors: ValidationIssue[] }
  | { kind: 'message'; text: string; error: boolean }

/** What happened to an import or export, with every problem's path so the file can be fixed. */
export function ImportReport({ status, onDismiss }: { status: ImportStatus; onDismiss: () => void }) {
  const dismissRef = useRef<HTMLButtonElement>(null)
  const isError = status.kind === 'errors' || status.error
  useEffect(() => {
    // Errors take focus so keyboard and screen-reader users land on them.
    if (isError) dismissRef.current?.focus()
  }, [isError, status])
  return (
    <div
      className={`export-report${isError ? ' export-report--error' : ''}`}
      role={isError ? 'alert' : 'status'}
      data-testid="import-report"
    >
      {status.kind === 'errors' ? (
        <>
          <p>{tl('export.importFailed')}</p>
          <ul>
            {status.errors.map((e, i) => (
              <li key={i}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{status.text}</p>
      )}
      <button type="button" ref={dismissRef} onClick={onDismiss}>
        {tl('export.dismiss')}
      </button>
    </div>
  )
}
