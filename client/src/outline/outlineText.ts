import { outline } from '@causeway/analysis'
import type { LabelledLoop, OutlineMessages } from '@causeway/analysis'
import type { BoardSnapshot } from '@causeway/model'
import { tl } from '../loops/messages'

export interface OutlineSections {
  title: string
  links: string[]
  loops: string[]
}

/** Outline phrases in the reader's language; placeholders are filled by the analysis package. */
function outlineMessages(): OutlineMessages {
  return {
    increases: tl('outline.increases'),
    decreases: tl('outline.decreases'),
    affects: tl('outline.affects'),
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

/** The board as text: links first, then loops (the split follows outline()'s own order). */
export function outlineSections(snapshot: BoardSnapshot, loops: readonly LabelledLoop[]): OutlineSections {
  const lines = outline(snapshot, loops, undefined, outlineMessages())
  const linkCount = lines.length - loops.length
  return { title: snapshot.meta.title, links: lines.slice(0, linkCount), loops: lines.slice(linkCount) }
}

/** Plain text for the clipboard. */
export function outlineAsText(s: OutlineSections): string {
  const parts = [s.title, '']
  if (s.links.length) parts.push(tl('outline.links'), ...s.links.map((l) => `- ${l}`), '')
  if (s.loops.length) parts.push(tl('outline.loops'), ...s.loops.map((l) => `- ${l}`), '')
  return parts.join('\n')
}
