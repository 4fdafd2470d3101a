import { registerMessages, t } from '../i18n'

/** Strings for export options, the extra formats, embedding and file import (any format, drag and drop). */
export const interopMessages = {
  'interop.selectionSuffix': 'selection',
  'interop.pdf': 'Download document (PDF)',
  'interop.kumu': 'Kumu (JSON)',
  'interop.dot': 'Graphviz (DOT)',
  'interop.mermaid': 'Mermaid',
  'interop.csv': 'Links table (CSV)',
  'interop.csvVariables': 'Variables table (CSV)',
  'interop.csvLoops': 'Loops table (CSV)',
  'interop.mdl': 'Vensim (MDL)',
  'interop.embed': 'Embed in a web page…',
  'interop.import': 'Import a file…',
  'interop.importFileLabel': 'File to import (board JSON, Kumu, CSV, Graphviz, Mermaid or Vensim)',
  'interop.group.download': 'Download',
  'interop.group.picture': 'Picture options',
  'interop.group.share': 'Embed and import',
  'interop.group.files': 'Other tools',
  'interop.scope.board': 'Whole board',
  'interop.scope.selection': 'Selection only',
  'interop.scope.noSelection': 'Select something on the board first, or choose "Whole board".',
  'interop.bg.white': 'White background',
  'interop.bg.transparent': 'Transparent background',
  'interop.scale': 'PNG size {scale}×',
  'interop.importDone': 'Imported {items} and {links}. They are in the new frame "{title}".',
  'interop.items': '{count} items',
  'interop.items.one': '1 item',
  'interop.links': '{count} links',
  'interop.links.one': '1 link',
  'interop.unknownFormat':
    'Could not tell what kind of file this is. Use .json (Causeway or Kumu), .csv, .dot, .gv, .mmd, .mermaid or .mdl.',
  'interop.readFailed': 'Could not read the file: {reason}',
  'interop.onlyOneFile': 'Drop one file at a time.',
  'interop.dropHere': 'Drop a file to add it to this board in a new frame',
  'interop.embedTitle': 'Embed this board',
  'interop.embedHelp':
    'Paste this HTML into a school site or learning platform page. It shows the board read-only and live.',
  'interop.embedCode': 'Embed code',
  'interop.embedNoView':
    'The view-only link is known only on the device that created this board. Ask its creator to open Share there and send you the view link, then paste it here:',
  'interop.embedViewLink': 'View-only link',
  'interop.embedBadLink': 'That is not a view link of this board.',
  'interop.close': 'Close',
  'interop.copy': 'Copy embed code',
  'interop.copied': 'Copied',
} as const

registerMessages(interopMessages)

/** Typed wrapper so a misspelt key is a compile error. */
export function ti(key: keyof typeof interopMessages, vars?: Record<string, string | number>): string {
  return t(key, vars)
}
