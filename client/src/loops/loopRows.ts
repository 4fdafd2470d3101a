import type { BoardSnapshot } from '@causeway/model'
import type { LabelledLoop } from '@causeway/analysis'

/** The name people gave a loop, or '' when it has none. */
export function loopName(loop: LabelledLoop, snapshot: BoardSnapshot | null): string {
  return snapshot?.loops[loop.key]?.name ?? ''
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

/** Panel order: shortest first, then by name (a loop without a name goes by its label). */
export function sortLoopsForPanel(loops: readonly LabelledLoop[], snapshot: BoardSnapshot | null): LabelledLoop[] {
  return [...loops].sort(
    (a, b) =>
      a.nodes.length - b.nodes.length ||
      collator.compare(loopName(a, snapshot) || a.label, loopName(b, snapshot) || b.label) ||
      collator.compare(a.label, b.label),
  )
}

/** "A → B → C → A": the cycle by labels, back to where it started. */
export function loopPathText(loop: LabelledLoop, snapshot: BoardSnapshot | null, unnamed: string): string {
  const names = loop.nodes.map((id) => snapshot?.nodes[id]?.label.trim() || unnamed)
  if (names.length) names.push(names[0]!)
  return names.join(' → ')
}
