import type { ImportFormat } from '@causeway/interop'

const BY_EXTENSION: Record<string, ImportFormat | 'json-like'> = {
  json: 'json-like',
  csv: 'csv',
  dot: 'dot',
  gv: 'dot',
  mmd: 'mermaid',
  mermaid: 'mermaid',
  mdl: 'mdl',
}

/** A JSON file is ours when it says so; otherwise Kumu when it has Kumu's top-level lists. */
function jsonFlavour(text: string): ImportFormat {
  // Regexes rather than JSON.parse: the importer parses once, after its own size and depth checks.
  if (/"format"\s*:\s*"causeway\.board"/.test(text)) return 'json'
  if (/"(elements|connections)"\s*:/.test(text)) return 'kumu'
  return 'json'
}

/** Guesses from the content alone, for files with an unknown or missing extension. */
function sniff(text: string): ImportFormat | null {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 2000)
  if (/^\{UTF-8\}/.test(head) || text.includes('\\\\\\---///')) return 'mdl'
  if (head.startsWith('{') || head.startsWith('[')) return jsonFlavour(text)
  if (/^(strict\s+)?(di)?graph\b[^\n]*\{/i.test(head)) return 'dot'
  if (/^(---\n[\s\S]*?\n---\n\s*)?(%%[^\n]*\n\s*)*(flowchart|graph)\b/.test(head)) return 'mermaid'
  const firstLine = head.split(/\r?\n/, 1)[0]!.toLowerCase()
  if (firstLine.includes(',') && /\b(source|from)\b/.test(firstLine)) return 'csv'
  return null
}

/**
 * Which importer reads a dropped or chosen file: by extension first (.json is board JSON or
 * Kumu by its shape), by content when the extension says nothing. Null when we cannot tell.
 */
export function detectFormat(fileName: string, text: string): ImportFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  const known = ext ? BY_EXTENSION[ext] : undefined
  if (known === 'json-like') return jsonFlavour(text)
  if (known) return known
  return sniff(text)
}

/** What the file picker offers: the extensions above. */
export const IMPORT_ACCEPT = '.json,.csv,.dot,.gv,.mmd,.mermaid,.mdl,application/json,text/csv,text/plain'
