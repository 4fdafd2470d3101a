/** Custom templates on the server (server/src/routes/custom-templates.ts). */
export interface SavedTemplate {
  id: string
  shareUrl: string
}

export interface TemplateDetails {
  title: string
  description?: string
  ages?: string
  habits?: string[]
  facilitatorNotes?: string
}

export interface TemplateProblem {
  path: string
  message: string
}

/** The server refused a template: `problems` are its JSON-path errors (may be empty, e.g. 429). */
export class TemplateRefusedError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly problems: TemplateProblem[],
  ) {
    super(message)
  }
}

async function refusal(res: Response): Promise<TemplateRefusedError> {
  const body = (await res.json().catch(() => null)) as { error?: string; errors?: TemplateProblem[] } | null
  const problems = Array.isArray(body?.errors) ? body.errors : []
  return new TemplateRefusedError(body?.error ?? `${res.status} ${res.statusText}`, res.status, problems)
}

async function postTemplate(body: unknown, token?: string): Promise<SavedTemplate> {
  const res = await fetch('/api/templates', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw await refusal(res)
  return (await res.json()) as SavedTemplate
}

export function saveBoardAsTemplate(boardId: string, token: string, input: TemplateDetails): Promise<SavedTemplate> {
  return postTemplate({ boardId, ...input }, token)
}

/** A template file's JSON, as read; the server assigns it a new id and validates it. */
export function uploadTemplateFile(template: unknown): Promise<SavedTemplate> {
  return postTemplate({ template })
}

/** The largest template file this server takes (its MAX_JSON_BYTES less the request envelope). */
export async function fetchTemplateFileLimit(): Promise<number> {
  const res = await fetch('/api/templates/file-limits')
  if (!res.ok) throw await refusal(res)
  const { maxBytes } = (await res.json()) as { maxBytes: number }
  return maxBytes
}

/** The stored template exactly as the server serves it: this text is the template file. */
export async function fetchTemplateFileText(id: string): Promise<string> {
  const res = await fetch(`/api/templates/custom/${encodeURIComponent(id)}`)
  if (!res.ok) throw await refusal(res)
  return res.text()
}
