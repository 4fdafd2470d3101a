import type { BoardSnapshot } from '@causeway/model'
import type { ExportResult } from './types'
import { boardEdges, boardLoops, boardNodes } from './board-graph'
import { csvField, csvRow } from './csv'

export const CSV_EDGE_HEADER = ['source', 'target', 'polarity', 'delay']

function csv(rows: string[][]): ExportResult {
  return {
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
    body: rows.map(csvRow).join('\r\n') + '\r\n',
  }
}

/**
 * Edge list by variable name. A variable with no links gets a row with an empty target so the
 * edge list still carries every variable.
 */
export function exportCsvEdges(s: BoardSnapshot): ExportResult {
  const edges = boardEdges(s)
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]))
  const label = (id: string) => csvField(s.nodes[id]!.label)
  return csv([
    CSV_EDGE_HEADER,
    ...edges.map((e) => [label(e.source), label(e.target), e.polarity, String(e.delay)]),
    ...boardNodes(s)
      .filter((n) => !linked.has(n.id))
      .map((n) => [csvField(n.label), '', '', '']),
  ])
}

export function exportCsvVariables(s: BoardSnapshot): ExportResult {
  return csv([
    ['id', 'label', 'kind', 'x', 'y'],
    ...boardNodes(s).map((n) => [
      csvField(n.id),
      csvField(n.label),
      csvField(n.kind),
      String(n.x),
      String(n.y),
    ]),
  ])
}

export function exportCsvLoops(s: BoardSnapshot): ExportResult {
  return csv([
    ['loop', 'type', 'name', 'length', 'variables'],
    ...boardLoops(s).map((l) => [
      l.label,
      l.type,
      csvField(s.loops[l.key]?.name ?? ''),
      String(l.nodes.length),
      csvField(l.nodes.map((id) => s.nodes[id]?.label ?? id).join(' > ')),
    ]),
  ])
}
