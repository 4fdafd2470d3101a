import { getTemplate, listTemplates } from '@causeway/templates'
import type { BoardContent } from '@causeway/model'

/** What a gallery card shows: a built-in template, or a custom one someone saved and shared. */
export interface GalleryTemplate {
  id: string
  title: string
  description: string
  ages: string
  habits: string[]
  facilitatorNotes: string
  category: string
  content: BoardContent
}

/** Built-ins come with the app (same package the server uses), so the gallery needs no request. */
export function builtInTemplates(): GalleryTemplate[] {
  const out: GalleryTemplate[] = []
  for (const summary of listTemplates()) {
    const full = getTemplate(summary.id)
    if (full) out.push({ ...full, category: String(full.category ?? 'tool') })
  }
  return out
}

/** null when there is no such template; throws when the server has it but cannot serve it. */
export async function fetchCustomTemplate(id: string): Promise<GalleryTemplate | null> {
  const res = await fetch(`/api/templates/custom/${encodeURIComponent(id)}`)
  if (res.status === 404) return null
  if (!res.ok) {
    // e.g. 500 for a damaged stored file: "not found" would send people hunting for a new link.
    const body = (await res.json().catch(() => null)) as { error?: string } | null
    throw new Error(body?.error ?? `${res.status} ${res.statusText}`)
  }
  const body = (await res.json()) as Partial<GalleryTemplate>
  if (typeof body.id !== 'string' || !body.content) return null
  return {
    id: body.id,
    title: body.title ?? body.id,
    description: body.description ?? '',
    ages: body.ages ?? '',
    habits: Array.isArray(body.habits) ? body.habits : [],
    facilitatorNotes: body.facilitatorNotes ?? '',
    category: 'custom',
    content: body.content,
  }
}

/** `/?template=<id>` is the share link of a custom template. */
export function sharedTemplateId(search: string): string | null {
  const id = new URLSearchParams(search).get('template')
  return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null
}
