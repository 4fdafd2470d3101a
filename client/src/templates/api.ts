/** Custom templates on the server (server/src/routes/custom-templates.ts). */
export interface SavedTemplate {
  id: string
  shareUrl: string
}

export async function saveBoardAsTemplate(
  boardId: string,
  token: string,
  input: { title: string; description?: string },
): Promise<SavedTemplate> {
  const res = await fetch('/api/templates', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ boardId, ...input }),
  })
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null
    throw new Error(body?.error ?? `${res.status} ${res.statusText}`)
  }
  return (await res.json()) as SavedTemplate
}
