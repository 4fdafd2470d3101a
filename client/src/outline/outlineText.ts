import { outline, outlineLoops } from '@causeway/analysis'
import type { LabelledLoop, LoopOutline, OutlineMessages } from '@causeway/analysis'
import type { BoardSnapshot } from '@causeway/model'
import { tl } from '../loops/messages'
import { kindsOutline } from './kindsOutline'
import type { OutlineGroup } from './kindsOutline'

export interface OutlineSections {
  title: string
  links: string[]
  /** Loop by loop: the loop's line, then the links it is made of. */
  loops: LoopOutline[]
  /** Icebergs, ladders, graphs, circles, frames, notes… with what people wrote in them. */
  groups: OutlineGroup[]
}

/** Outline phrases in the reader's language; placeholders are filled by the analysis package. */
function outlineMessages(): OutlineMessages {
  return {
    increases: tl('outline.increases'),
    decreases: tl('outline.decreases'),
    affects: tl('outline.affects'),
    flows: tl('outline.flows'),
    delay: tl('outline.delay'),
    loop: tl('outline.loop'),
    loopNamed: tl('outline.loopNamed'),
    arrow: ' → ',
    reinforcing: tl('loops.type.R'),
    balancing: tl('loops.type.B'),
    undetermined: tl('loops.type.U'),
    unnamed: tl('loops.unnamedVariable'),
  }
}

/** The board as text: every link, then loop by loop (each with the links that close it). */
export function outlineSections(snapshot: BoardSnapshot, loops: readonly LabelledLoop[]): OutlineSections {
  const messages = outlineMessages()
  const linkLines = outline(snapshot, [], undefined, messages)
  return {
    title: snapshot.meta.title,
    links: linkLines,
    loops: outlineLoops(snapshot, loops, undefined, messages),
    groups: kindsOutline(snapshot),
  }
}

/** Plain text for the clipboard. */
export function outlineAsText(s: OutlineSections): string {
  const parts = [s.title, '']
  if (s.links.length) parts.push(tl('outline.links'), ...s.links.map((l) => `- ${l}`), '')
  if (s.loops.length) {
    parts.push(tl('outline.loops'))
    for (const l of s.loops) {
      parts.push(`- ${l.line}`, ...l.links.map((link) => `  - ${link}`))
      if (l.note) parts.push(`  ${tl('outline.note', { note: l.note })}`)
    }
    parts.push('')
  }
  for (const g of s.groups) {
    parts.push(g.title, ...g.items.map((i) => `- ${i}`))
    for (const p of g.parts) parts.push(`- ${p.title}`, ...p.items.map((i) => `  - ${i}`))
    parts.push('')
  }
  return parts.join('\n')
}
