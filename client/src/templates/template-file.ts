import type { TemplateProblem } from './api'

/**
 * Template files as facilitators pass them between schools' servers: the JSON that
 * `GET /api/templates/custom/:id` serves. Pure helpers, so the rules are unit-tested.
 */

/** e.g. "Our goals workshop" → "our-goals-workshop.causeway-template.json". */
export function templateFileName(title: string): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return `${slug || 'template'}.causeway-template.json`
}

export type FileRead =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'too-big'; maxBytes: number }
  | { ok: false; reason: 'unreadable' | 'not-json'; detail: string }

/** Reads a chosen file as JSON; a file past `maxBytes` is refused before it is read at all. */
export async function readTemplateFile(file: Blob, maxBytes: number): Promise<FileRead> {
  if (file.size > maxBytes) return { ok: false, reason: 'too-big', maxBytes }
  let text: string
  try {
    text = await file.text()
  } catch (err) {
    return { ok: false, reason: 'unreadable', detail: err instanceof Error ? err.message : String(err) }
  }
  try {
    // A byte-order mark (Windows editors add one) is not part of the JSON.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) }
  } catch (err) {
    return { ok: false, reason: 'not-json', detail: err instanceof Error ? err.message : String(err) }
  }
}

/** "content.nodes[2].level: Expected one of …" lines, the first `limit` of them. */
export function problemLines(problems: TemplateProblem[], limit = 5): { lines: string[]; more: number } {
  const lines = problems.slice(0, limit).map((p) => (p.path && p.path !== '$' ? `${p.path}: ${p.message}` : p.message))
  return { lines, more: Math.max(0, problems.length - limit) }
}

/** 65536 → "64 KB", for "at most …" messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`
  if (n >= 1024) return `${Math.round(n / 1024)} KB`
  return `${n} bytes`
}
