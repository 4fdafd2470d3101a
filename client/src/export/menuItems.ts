import { tl } from '../loops/messages'
import { ti } from '../interop/messages'
import type { ExportFormat, PictureOptions } from './exportActions'

export type Scope = 'board' | 'selection'

export interface PictureChoice {
  scope: Scope
  background: PictureOptions['background']
  scale: PictureOptions['scale']
}

export type MenuAction = ExportFormat | 'embed' | 'import'

export type MenuEntry =
  | { type: 'action'; id: MenuAction; label: string }
  | { type: 'radio'; id: string; label: string; checked: boolean; apply: (c: PictureChoice) => PictureChoice }

export interface MenuGroup {
  label: string
  entries: MenuEntry[]
}

const action = (id: MenuAction, label: string): MenuEntry => ({ type: 'action', id, label })

/** The menu's content: picture options, then downloads, other tools' formats, embed and import. */
export function menuGroups(choice: PictureChoice, readOnly: boolean): MenuGroup[] {
  const radio = <K extends keyof PictureChoice>(key: K, value: PictureChoice[K], label: string): MenuEntry => ({
    type: 'radio',
    id: `${key}-${String(value)}`,
    label,
    checked: choice[key] === value,
    apply: (c) => ({ ...c, [key]: value }),
  })
  return [
    {
      label: ti('interop.group.download'),
      entries: [
        action('png', tl('export.png')),
        action('svg', tl('export.svg')),
        action('pdf', ti('interop.pdf')),
        action('json', tl('export.json')),
      ],
    },
    {
      label: ti('interop.group.picture'),
      entries: [
        radio('scope', 'board', ti('interop.scope.board')),
        radio('scope', 'selection', ti('interop.scope.selection')),
        radio('background', 'white', ti('interop.bg.white')),
        radio('background', 'transparent', ti('interop.bg.transparent')),
        ...([1, 2, 4] as const).map((s) => radio('scale', s, ti('interop.scale', { scale: s }))),
      ],
    },
    {
      label: ti('interop.group.files'),
      entries: [
        action('kumu', ti('interop.kumu')),
        action('dot', ti('interop.dot')),
        action('mermaid', ti('interop.mermaid')),
        action('csv', ti('interop.csv')),
        action('csv-variables', ti('interop.csvVariables')),
        action('csv-loops', ti('interop.csvLoops')),
        action('mdl', ti('interop.mdl')),
      ],
    },
    {
      label: ti('interop.group.share'),
      entries: [action('embed', ti('interop.embed')), ...(readOnly ? [] : [action('import', tl('export.import'))])],
    },
  ]
}
