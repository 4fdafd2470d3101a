import { useCallback, useRef, useState } from 'react'
import { t } from '../i18n'
import { fetchTemplateFileLimit, TemplateRefusedError, uploadTemplateFile } from './api'
import { fetchCustomTemplate } from './source'
import type { GalleryTemplate } from './source'
import { formatBytes, problemLines, readTemplateFile } from './template-file'
import './messages'

export type UploadState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'error'; message: string; lines: string[]; more: number }
  | { kind: 'done'; template: GalleryTemplate; shareUrl: string }

const failed = (message: string, lines: string[] = [], more = 0): UploadState => ({ kind: 'error', message, lines, more })
const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err))

/**
 * A template file chosen or dropped on the home page: size-checked against this server's limit
 * before it is read, parsed, then sent to the server, which validates and stores it (nothing is
 * stored when it is refused). The card shown afterwards is the server's copy, not the file.
 */
export function useTemplateUpload() {
  const [state, setState] = useState<UploadState>({ kind: 'idle' })
  // The limit is the server's config; one request per page is enough.
  const limit = useRef<Promise<number> | null>(null)

  const upload = useCallback(async (file: File) => {
    setState({ kind: 'reading' })
    try {
      limit.current ??= fetchTemplateFileLimit()
      const read = await readTemplateFile(file, await limit.current)
      if (!read.ok) {
        if (read.reason === 'too-big') return setState(failed(t('templates.fileTooBig', { size: formatBytes(read.maxBytes) })))
        const key = read.reason === 'not-json' ? 'templates.fileNotJson' : 'templates.fileUnreadable'
        return setState(failed(t(key, { reason: read.detail })))
      }
      const saved = await uploadTemplateFile(read.value)
      const template = await fetchCustomTemplate(saved.id)
      if (!template) return setState(failed(t('templates.uploadFailed', { reason: t('templates.sharedMissing') })))
      setState({ kind: 'done', template, shareUrl: saved.shareUrl })
    } catch (err) {
      limit.current = null
      if (err instanceof TemplateRefusedError && err.problems.length) {
        const { lines, more } = problemLines(err.problems)
        return setState(failed(t('templates.fileRejected'), lines, more))
      }
      setState(failed(t('templates.uploadFailed', { reason: reasonOf(err) })))
    }
  }, [])

  return { state, upload }
}
