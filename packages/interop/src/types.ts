import type { BoardContent, ValidationIssue } from '@causeway/model'

export interface ExportResult {
  contentType: string
  extension: string
  body: string
}

export type ImportResult =
  { ok: true; content: BoardContent } | { ok: false; errors: ValidationIssue[] }
