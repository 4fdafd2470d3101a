import { describe, expect, it } from 'vitest'
import { menuGroups } from './menuItems'
import type { PictureChoice } from './menuItems'

const choice: PictureChoice = { scope: 'board', background: 'white', scale: 2 }
const actions = (readOnly: boolean) =>
  menuGroups(choice, readOnly).flatMap((g) => g.entries.filter((e) => e.type === 'action').map((e) => e.id))

describe('menuGroups', () => {
  it('offers every export, embed, and import only to editors', () => {
    expect(actions(false)).toEqual(['png', 'svg', 'pdf', 'json', 'kumu', 'dot', 'mermaid', 'csv', 'csv-variables', 'csv-loops', 'mdl', 'embed', 'import'])
    expect(actions(true)).not.toContain('import')
    expect(actions(true)).toContain('embed')
  })

  it('checks the current picture options and applies a new one without touching the others', () => {
    const radios = menuGroups(choice, false).flatMap((g) => g.entries).filter((e) => e.type === 'radio')
    expect(radios.filter((r) => r.checked).map((r) => r.id)).toEqual(['scope-board', 'background-white', 'scale-2'])
    const four = radios.find((r) => r.id === 'scale-4')!
    expect(four.apply(choice)).toEqual({ ...choice, scale: 4 })
  })
})
