import { registerMessages } from '../i18n'

/**
 * Strings for keyboard linking and the empty-board hint. Registered at import time (the canvas
 * and the shortcuts dialog import this module), so en.ts stays as it is.
 */
export const canvasMessages = {
  'link.start': 'Linking from {source}: choose the target with the arrow keys or Tab, Enter to link, Escape to cancel.',
  'link.target': '{source} → {target}: Enter to link, Escape to cancel.',
  'link.targetLinked': '{source} → {target} (already linked): Enter adds another link, Escape to cancel.',
  'link.noTarget': 'Choose the target first, with the arrow keys or Tab.',
  'link.nothingThatWay': 'No variable that way.',
  'link.cancelled': 'Link cancelled.',
  'link.done': 'Linked {source} → {target}. Press + or − to set its polarity, L to link onward from {target}.',
  'link.donePipe': 'Linked {source} → {target} as a pipe. Press F to make it a causal link, L to link onward from {target}.',
  'link.needSource': 'To link with the keyboard, select or focus a variable (or select two), then press L.',
  'link.gone': 'That variable was removed meanwhile; link cancelled.',
  'shortcuts.link': 'Link the selected variable to another (two selected: the first to the second)',
  'shortcuts.linkChoose': 'While linking: choose the target, link, cancel',
  'canvas.empty.edit':
    'This board is empty. Double-click anywhere to add a variable, or press {key} or use “{addVariable}” in the toolbar. To begin from an example, use “{addTemplate}”.',
  'canvas.empty.readOnly': 'Nothing on this board yet. What others add appears here as they draw.',
} as const

registerMessages(canvasMessages)
