import type { BoardContent, BoardSnapshot } from '@causeway/model'
import type { ValidationIssue } from '@causeway/model'

export const EXPORT_FORMATS = ['json'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
export const IMPORT_FORMATS = ['json'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

export interface ExportResult {
  contentType: string
  extension: string
  body: string
}

export type ImportResult = { ok: true; content: BoardContent } | { ok: false; errors: ValidationIssue[] }

/** Placeholder until the interop package lands; see issue 8. */
export function exportBoard(snapshot: BoardSnapshot, _format: ExportFormat): ExportResult {
  return { contentType: 'application/json', extension: 'json', body: JSON.stringify(snapshot) }
}

export function importBoard(_format: ImportFormat, _text: string): ImportResult {
  return { ok: false, errors: [{ path: '$', message: 'Not implemented yet.' }] }
}
