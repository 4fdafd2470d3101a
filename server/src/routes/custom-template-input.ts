import { isObject } from '@causeway/model'
import type { BoardContent } from '@causeway/model'
import { validateTemplate } from '@causeway/templates'
import type { Template } from '@causeway/templates'
import { HttpError } from '../http/respond'

/**
 * Builds the template to store from what a request sent (a board's fields, or a whole template
 * file), then checks it with validateTemplate. Only known keys are kept: a file can carry
 * anything, and whatever we store is served to every facilitator who opens its share link.
 */

interface TemplateFields {
  title?: unknown
  description?: unknown
  ages?: unknown
  habits?: unknown
  facilitatorNotes?: unknown
  category?: unknown
}

function fromFields(id: string, f: TemplateFields, content: unknown): Record<string, unknown> {
  // Absent fields get the same defaults in both paths; wrong types are left for the validator.
  return {
    id,
    title: typeof f.title === 'string' ? f.title.trim() : f.title,
    description: f.description ?? '',
    ages: f.ages ?? 'all ages',
    habits: f.habits ?? [],
    facilitatorNotes: f.facilitatorNotes ?? '',
    category: f.category ?? 'tool',
    content,
  }
}

/** A board saved as a template: the request's fields around the board's current content. */
export function templateFromBoard(id: string, fields: TemplateFields, content: BoardContent): Template {
  return checked(fromFields(id, { ...fields, category: 'tool' }, content))
}

/** A template file uploaded as it is. Its own id is ignored: ids are the server's share secrets. */
export function templateFromFile(id: string, file: unknown): Template {
  if (!isObject(file)) return checked(file)
  const content = isObject(file.content)
    ? {
        nodes: file.content.nodes,
        edges: file.content.edges,
        ...(file.content.loops !== undefined && { loops: file.content.loops }),
      }
    : file.content
  return checked(fromFields(id, file, content))
}

function checked(candidate: unknown): Template {
  const result = validateTemplate(candidate)
  if (result.ok) return result.template
  const first = result.errors[0]!
  throw new HttpError(400, `${first.path}: ${first.message}`, { path: first.path, errors: result.errors })
}
