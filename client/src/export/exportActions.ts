import type * as Y from 'yjs'
import { toBoardJson, toSnapshot } from '@causeway/model'
import type { LabelledLoop } from '@causeway/analysis'
import { tl } from '../loops/messages'
import { downloadBlob, fileStem } from './download'
import { svgToPng } from './png'
import { boardToSvg } from './svg'

export type ExportFormat = 'png' | 'svg' | 'json'

export type Sizes = ReadonlyMap<string, { w: number; h: number }>

function diagramSvg(doc: Y.Doc, loops: readonly LabelledLoop[], sizes?: Sizes): { svg: string; stem: string } {
  const snapshot = toSnapshot(doc)
  const svg = boardToSvg(snapshot, loops, {
    title: tl('export.svgTitle', { title: snapshot.meta.title }),
    typeWords: { R: tl('loops.type.R'), B: tl('loops.type.B'), U: tl('loops.type.U') },
    sizes,
  })
  return { svg, stem: fileStem(snapshot.meta.title) }
}

/** Builds the chosen file from the live board and hands it to the browser as a download. */
export async function exportBoard(
  doc: Y.Doc,
  loops: readonly LabelledLoop[],
  format: ExportFormat,
  sizes?: Sizes,
): Promise<void> {
  if (format === 'json') {
    const snapshot = toSnapshot(doc)
    const json = JSON.stringify(toBoardJson(snapshot), null, 2)
    downloadBlob(new Blob([json], { type: 'application/json' }), `${fileStem(snapshot.meta.title)}.causeway.json`)
    return
  }
  const { svg, stem } = diagramSvg(doc, loops, sizes)
  if (format === 'svg') {
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), `${stem}.svg`)
    return
  }
  downloadBlob(await svgToPng(svg, 2), `${stem}.png`)
}
