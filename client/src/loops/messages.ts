import { registerMessages, t } from '../i18n'

/**
 * Strings for the loops panel and badges, the outline, export/import and auto-layout.
 * Registered at import time so every component that imports `t` from here gets them.
 */
export const loopMessages = {
  'loops.title': 'Loops',
  'loops.type.R': 'reinforcing',
  'loops.type.B': 'balancing',
  'loops.type.U': 'undecided',
  'loops.type.R.help': 'An even number of − links: change feeds on itself.',
  'loops.type.B.help': 'An odd number of − links: the loop pushes back toward a goal.',
  'loops.type.U.help': 'Some links have no + or − yet, so the loop type is not known.',
  'loops.badge': '{label} {type}',
  'loops.count': '{count} loops',
  'loops.count.one': '1 loop',
  'loops.count.more': '{count}+ loops',
  'loops.truncated': 'More loops than shown: the diagram has too many to list them all, so only the {count} shortest are here.',
  'loops.truncated.time':
    'More loops than shown: this diagram has too many paths to search them all in time. Loop numbers may differ between devices.',
  'loops.failed': 'Could not look for loops: {reason}',
  'loops.empty.title': 'No loops yet',
  'loops.empty.body':
    'A loop appears here when links lead from a variable back to itself, e.g. A → B → C → A. Mark each link + or − to see whether the loop is reinforcing or balancing.',
  'loops.analysing': 'Finding loops…',
  'loops.path': 'Path',
  'loops.name': 'Name',
  'loops.namePlaceholder': 'Name this loop',
  'loops.note': 'Note',
  'loops.notePlaceholder': 'What does this loop do?',
  'loops.unnamedVariable': '(unnamed)',
  'loops.rowLabel': 'Loop {label}, {type}: {path}',
  'outline.button': 'Outline',
  'outline.title': 'Board outline',
  'outline.close': 'Close',
  'outline.print': 'Print',
  'outline.copy': 'Copy text',
  'outline.copied': 'Copied',
  'outline.links': 'Links',
  'outline.loops': 'Loops',
  'outline.empty': 'The board has no links yet.',
  'outline.truncated': 'The board has more loops than are listed here.',
  'outline.increases': '{source} increases {target} (+)',
  'outline.decreases': '{source} decreases {target} (−)',
  'outline.affects': '{source} affects {target} (?)',
  'outline.flows': '{source} flows into {target}',
  'outline.delay': '{link} (delay)',
  'outline.loop': '{label}: {cycle}, {type}',
  'outline.loopNamed': '{label} ({name}): {cycle}, {type}',
  'outline.note': 'Note: {note}',
  'outline.notes': 'Sticky notes',
  'outline.prompts': 'Questions',
  'outline.stocks': 'Stocks and flows',
  'outline.unlinked': 'Variables without links yet',
  'outline.botgAxes': '{y} over {x}',
  'export.button': 'Export',
  'export.menuLabel': 'Export and import',
  'export.png': 'Download picture (PNG)',
  'export.svg': 'Download drawing (SVG)',
  'export.json': 'Download board file (JSON)',
  'export.import': 'Import board file…',
  'export.importFileLabel': 'Board file to import',
  'export.importDone': 'Imported {nodes} items and {edges} links.',
  'export.importFailed': 'Could not import this file. Nothing was changed.',
  'export.notJson': 'This is not a JSON file: {reason}',
  'export.tooBig': 'This file is too big to import.',
  'export.readOnly': 'This board is view-only, so nothing can be imported.',
  'export.failed': 'Export failed: {reason}',
  'export.dismiss': 'Dismiss',
  'export.svgTitle': '{title} — causal loop diagram',
  'layout.button': 'Tidy layout',
  'layout.selection': 'Tidy selected',
  'layout.help': 'Arrange the diagram (or the selected items) left to right by cause and effect.',
  'layout.failed': 'Could not arrange the diagram: {reason}',
  'layout.working': 'Arranging…',
} as const

export type LoopMessageKey = keyof typeof loopMessages

registerMessages(loopMessages)

/** Typed wrapper so a misspelt key is a compile error in these modules. */
export function tl(key: LoopMessageKey, vars?: Record<string, string | number>): string {
  return t(key, vars)
}
