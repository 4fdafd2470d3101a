import { insertContent } from '@causeway/model'
import type { ValidationIssue } from '@causeway/model'
import type * as Y from 'yjs'
import type { Template } from './types'
import { validateTemplate } from './validate'

export class TemplateError extends Error {
  constructor(public readonly errors: ValidationIssue[]) {
    super(`Invalid template: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`)
  }
}

export interface ApplyOptions {
  /** Added to every position, e.g. to place the template beside existing work. */
  offset?: { x: number; y: number }
}

/**
 * Adds a template's content to a board as ONE transaction (one undo step, arriving whole for
 * everyone else), with fresh ids. The template is validated first, because custom templates
 * arrive as JSON: an invalid one throws TemplateError and the board is not touched.
 * Returns the template-id → board-id map.
 */
export function applyTemplate(
  doc: Y.Doc,
  template: Template,
  opts: ApplyOptions = {},
  origin?: unknown,
): Map<string, string> {
  const checked = validateTemplate(template)
  if (!checked.ok) throw new TemplateError(checked.errors)
  return insertContent(doc, checked.template.content, opts.offset ? { offset: opts.offset } : {}, origin)
}
