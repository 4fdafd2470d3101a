import { toBoardJson } from '@causeway/model'
import type { BoardSnapshot } from '@causeway/model'
import type { ExportResult } from './types'
import { boardEdges, boardLoops, boardNodes, shortIds } from './board-graph'
import { linkMark } from './polarity'

export function exportJson(s: BoardSnapshot): ExportResult {
  return {
    contentType: 'application/json',
    extension: 'json',
    body: JSON.stringify(toBoardJson(s), null, 2) + '\n',
  }
}

/**
 * Kumu blueprint: elements and connections. `from`/`to` name elements by label, which is what
 * Kumu matches on; when two variables share a label they fall back to the element `id`.
 */
export function exportKumu(s: BoardSnapshot): ExportResult {
  const nodes = boardNodes(s)
  const labelCount = new Map<string, number>()
  for (const n of nodes) labelCount.set(n.label, (labelCount.get(n.label) ?? 0) + 1)
  const ref = (id: string) => {
    const label = s.nodes[id]!.label
    return labelCount.get(label) === 1 && label !== '' ? label : id
  }
  const blueprint = {
    elements: nodes.map((n) => ({
      id: n.id,
      label: n.label,
      type: n.kind.charAt(0).toUpperCase() + n.kind.slice(1),
      x: n.x,
      y: n.y,
    })),
    connections: boardEdges(s).map((e) => ({
      from: ref(e.source),
      to: ref(e.target),
      direction: 'directed',
      type: e.polarity === '+' ? 'Same' : e.polarity === '-' ? 'Opposite' : 'Unknown',
      polarity: e.polarity,
      delay: e.delay ? 'yes' : 'no',
    })),
    loops: boardLoops(s).map((l) => ({
      label: s.loops[l.key]?.name ?? l.label,
      type: l.type === 'R' ? 'Reinforcing' : l.type === 'B' ? 'Balancing' : 'Unknown',
      elements: l.nodes.map(ref),
    })),
  }
  return {
    contentType: 'application/json',
    extension: 'kumu.json',
    body: JSON.stringify(blueprint, null, 2) + '\n',
  }
}

/** A DOT quoted string. Newlines become DOT's `\n` so one statement stays on one line. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`
}

export function exportDot(s: BoardSnapshot): ExportResult {
  const nodes = boardNodes(s)
  const ids = shortIds(nodes)
  const lines = [
    `digraph ${dotString(s.meta.title)} {`,
    '  graph [rankdir=LR];',
    '  node [shape=box, style=rounded];',
    ...nodes.map((n) => `  ${ids.get(n.id)} [label=${dotString(n.label)}];`),
    ...boardEdges(s).map(
      (e) =>
        `  ${ids.get(e.source)} -> ${ids.get(e.target)} [label=${dotString(linkMark(e.polarity, e.delay))}];`,
    ),
    '}',
  ]
  return { contentType: 'text/vnd.graphviz', extension: 'dot', body: lines.join('\n') + '\n' }
}

/**
 * Mermaid renders labels as HTML, so every character that could start markup or end the quoted
 * string becomes a Mermaid entity (`#quot;`, `#lt;`, …); `#` itself too, as it starts one.
 */
export function mermaidText(text: string): string {
  return text.replace(/[#"<>&\\`]/g, (c) => `#${c.charCodeAt(0)};`).replace(/\r?\n/g, '#10;')
}

export function mermaidString(text: string): string {
  return `"${mermaidText(text)}"`
}

export function exportMermaid(s: BoardSnapshot): ExportResult {
  const nodes = boardNodes(s)
  const ids = shortIds(nodes)
  const lines = [
    `%% ${mermaidText(s.meta.title)}`,
    'flowchart LR',
    ...nodes.map((n) => `  ${ids.get(n.id)}[${mermaidString(n.label)}]`),
    ...boardEdges(s).map(
      (e) =>
        `  ${ids.get(e.source)} -->|${mermaidString(linkMark(e.polarity, e.delay))}| ${ids.get(e.target)}`,
    ),
  ]
  return { contentType: 'text/vnd.mermaid', extension: 'mmd', body: lines.join('\n') + '\n' }
}
