import type { BoardSnapshot, NodeSnapshot } from '@causeway/model'
import { ICEBERG_LEVELS, LADDER_RUNGS, linesOf } from '@causeway/templates'
import { t } from '../i18n'
import '../kinds/messages'
import { tl } from '../loops/messages'

/** One tool on the board in words: an iceberg with its notes level by level, a ladder rung by rung… */
export interface OutlineGroup {
  key: string
  title: string
  /** Lines directly under the title (a frame's items, a graph's axes). */
  items: string[]
  /** Named parts, in the tool's own order (iceberg levels top → bottom, rungs bottom → top). */
  parts: { title: string; items: string[] }[]
}

const CONTAINERS = new Set(['iceberg', 'ladder', 'botg', 'circle', 'frame'])

/** Reading order: top to bottom, then left to right. */
const byPosition = (a: NodeSnapshot, b: NodeSnapshot) => a.y - b.y || a.x - b.x

const text = (n: NodeSnapshot) => n.label.trim() || tl('loops.unnamedVariable')

/**
 * Everything on the board that is not a causal link, for the outline (screen readers, print, PDF):
 * the framework tools with what people wrote in each part, then loose notes, questions, stocks and
 * variables that have no links yet (those with links are in the links list already).
 */
export function kindsOutline(s: BoardSnapshot): OutlineGroup[] {
  const nodes = Object.values(s.nodes)
  const childrenOf = new Map<string, NodeSnapshot[]>()
  for (const n of nodes) {
    if (typeof n.parent !== 'string' || !s.nodes[n.parent]) continue
    const list = childrenOf.get(n.parent) ?? []
    list.push(n)
    childrenOf.set(n.parent, list)
  }
  const kids = (id: string) => (childrenOf.get(id) ?? []).sort(byPosition)
  const groups: OutlineGroup[] = []
  for (const c of nodes.filter((n) => CONTAINERS.has(n.kind)).sort(byPosition)) {
    groups.push(containerGroup(c, kids(c.id)))
  }

  const linked = new Set<string>()
  for (const e of Object.values(s.edges)) linked.add(e.source).add(e.target)
  const loose = nodes.filter((n) => !(typeof n.parent === 'string' && s.nodes[n.parent])).sort(byPosition)
  const looseGroup = (key: string, title: string, pick: (n: NodeSnapshot) => boolean, line = text) => {
    const items = loose.filter(pick).map(line)
    if (items.length) groups.push({ key, title, items, parts: [] })
  }
  looseGroup('notes', t('outline.notes'), (n) => n.kind === 'note')
  looseGroup('prompts', t('outline.prompts'), (n) => n.kind === 'prompt')
  looseGroup('stocks', t('outline.stocks'), (n) => ['stock', 'flow', 'cloud'].includes(n.kind), (n) =>
    t(`kinds.${n.kind}`, { label: text(n) }),
  )
  looseGroup('unlinked', t('outline.unlinked'), (n) => n.kind === 'variable' && !linked.has(n.id))
  return groups
}

function containerGroup(c: NodeSnapshot, children: NodeSnapshot[]): OutlineGroup {
  const label = c.label.trim() || t('kinds.untitled')
  switch (c.kind) {
    case 'iceberg': {
      const aspirational = c.variant === 'aspirational'
      return {
        key: c.id,
        title: t(aspirational ? 'kinds.iceberg.aspirational' : 'kinds.iceberg', { label }),
        items: [],
        parts: ICEBERG_LEVELS.map((level) => ({
          title: `${t(`kinds.iceberg.${level.id}`)} — ${t(aspirational ? `kinds.iceberg.aspirational.${level.id}.q` : `kinds.iceberg.${level.id}.q`)}`,
          items: children.filter((n) => n.level === level.id).map(text),
        })),
      }
    }
    case 'ladder':
      return {
        key: c.id,
        title: t('kinds.ladder', { label }),
        items: c.reflexive === false ? [] : [t('kinds.ladder.reflexive')],
        parts: LADDER_RUNGS.map((rung) => ({
          title: t(`kinds.ladder.${rung.id}`),
          items: children.filter((n) => n.rung === rung.id).map(text),
        })),
      }
    case 'botg': {
      const axes = [c.yLabel, c.xLabel].filter((v): v is string => typeof v === 'string' && v.trim() !== '')
      const lines = linesOf(c).map((l) => l.name.trim() || t('kinds.botg.newLine', { n: '' }).trim())
      return {
        key: c.id,
        title: t('kinds.botg', { label }),
        items: [
          ...(axes.length === 2 ? [t('outline.botgAxes', { y: axes[0]!, x: axes[1]! })] : []),
          ...children.map(text),
        ],
        parts: [{ title: t('kinds.botg.lines'), items: lines.length ? lines : [t('kinds.botg.noLines')] }],
      }
    }
    case 'circle':
      return { key: c.id, title: t('kinds.circle', { label }), items: children.map(text), parts: [] }
    default:
      return { key: c.id, title: t('kinds.frame', { label }), items: children.map(text), parts: [] }
  }
}
