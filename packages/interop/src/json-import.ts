import { parseBoardJson } from '@causeway/model'
import type { BoardContent } from '@causeway/model'
import type { ImportResult } from './types'
import { INTEROP_LIMITS, cleanLabel, parseJsonText } from './limits'

/** Board JSON (the `causeway.board` format), validated by the model; labels cleaned to plain text. */
export function importJson(text: string): ImportResult {
  const parsed = parseJsonText(text)
  if (!parsed.ok) return parsed
  const result = parseBoardJson(parsed.value)
  if (!result.ok) return result
  const { nodes, edges, loops } = result.content
  if (nodes.length > INTEROP_LIMITS.nodes)
    return { ok: false, errors: [{ path: 'nodes', message: 'Too many nodes.' }] }
  const content: BoardContent = {
    nodes: nodes.map((n) => ({ ...n, label: cleanLabel(n.label) })),
    edges: edges.map((e) =>
      typeof e.label === 'string' ? { ...e, label: cleanLabel(e.label) } : e,
    ),
    ...(loops && {
      loops: Object.fromEntries(
        Object.entries(loops).map(([key, info]) => [
          key,
          {
            ...(info.name !== undefined && { name: cleanLabel(info.name) }),
            ...(info.note !== undefined && { note: cleanLabel(info.note) }),
          },
        ]),
      ),
    }),
  }
  return { ok: true, content }
}
