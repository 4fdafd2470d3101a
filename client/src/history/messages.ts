import { registerMessages } from '../i18n'

registerMessages({
  'history.button': 'History',
  'history.title': 'Versions of this board',
  'history.name': 'Version name',
  'history.namePlaceholder': 'e.g. before the break',
  'history.save': 'Save version',
  'history.saving': 'Saving…',
  'history.saved': 'Saved “{name}”',
  'history.empty': 'No saved versions yet.',
  'history.list': 'Saved versions',
  'history.preview': 'Preview {name}',
  'history.restore': 'Restore {name}',
  'history.restored': 'Restored “{name}”. Undo (Ctrl+Z) takes it back.',
  'history.previewOf': 'Preview of “{name}”',
  'history.failed': 'That did not work: {reason}',
  'history.previewShort': 'Preview',
  'history.restoreShort': 'Restore',
  'history.noPreview': 'This version cannot be drawn here, but it can still be restored.',
  'history.close': 'Close',
  'history.loading': 'Loading…',
})
