import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addLink, addNode, addVariable, toSnapshot } from '@causeway/model'
import type { BoardSnapshot, NodeSnapshot } from '@causeway/model'
import { boardBox, exportBoard } from '@causeway/interop'
import type { Box, ImportFormat } from '@causeway/interop'
import type { RunningServer } from '../index'
import { contentOf, createBoard, removeDir, startServer, tempDir } from '../testing/helpers'
import type { CreatedBoard } from '../testing/helpers'

// One file per import format, as other tools write them: some place their nodes, some do not.
const jsonFile = exportBoard(
  {
    meta: { schema: 1, title: 'Sleep', createdAt: 0 },
    nodes: {
      a: { id: 'a', kind: 'variable', label: 'Stress', x: 0, y: 0 },
      b: { id: 'b', kind: 'variable', label: 'Sleep', x: 240, y: 0 },
      n: { id: 'n', kind: 'note', label: 'Ask the year 9s', x: 120, y: 160 },
    },
    edges: { e: { id: 'e', source: 'a', target: 'b', polarity: '-', delay: false } },
    loops: {},
  },
  'json',
).body
const FILES: Record<ImportFormat, { text: string; nodes: number; edges: number }> = {
  json: { text: jsonFile, nodes: 3, edges: 1 },
  kumu: {
    text: JSON.stringify({
      elements: [
        { id: 'a', label: 'Stress', x: -500, y: -300 },
        { id: 'b', label: 'Sleep', x: -200, y: -300 },
      ],
      connections: [{ from: 'a', to: 'b', polarity: '-' }, { from: 'Sleep', to: 'Stress', type: '+' }],
    }),
    nodes: 2,
    edges: 2,
  },
  csv: { text: 'source,target,polarity,delay\r\nStress,Sleep,-,false\r\nSleep,Focus,+,true\r\nFocus,Stress,-,\r\n', nodes: 3, edges: 3 },
  dot: { text: 'digraph "Sleep" {\n  a [label="Stress"];\n  b [label="Sleep"];\n  a -> b [label="-"];\n  b -> a [label="+ ||"];\n}\n', nodes: 2, edges: 2 },
  mermaid: { text: 'flowchart LR\n  a["Stress"] -->|"-"| b["Sleep"]\n  b --> c["Focus"]\n  c -->|"+"| a\n', nodes: 3, edges: 3 },
  mdl: {
    text: [
      '{UTF-8}',
      'Stress = A FUNCTION OF(Sleep)',
      '\t~\t~\t|',
      '\\\\\\---/// Sketch information - do not modify anything except names',
      'V300  Do not put anything below this section - it will be ignored',
      '*View 1',
      '10,1,Stress,100,100,40,20,8,3,0,0,0,0,0,0',
      '10,2,Sleep,300,100,40,20,8,3,0,0,0,0,0,0',
      '1,3,1,2,0,0,45,0,0,64,0,-1--1--1,,1|(0,0)|',
      '1,4,2,1,0,0,43,0,0,65,0,-1--1--1,,1|(0,0)|',
      '///---\\\\\\',
    ].join('\r\n'),
    nodes: 2,
    edges: 2,
  },
}

const badDir = fileURLToPath(new URL('../../../packages/interop/src/fixtures/bad/', import.meta.url))
const expected = JSON.parse(readFileSync(badDir + 'expected.json', 'utf8')) as Record<string, { path: string }>
const badFiles = readdirSync(badDir).filter((f) => f !== 'expected.json')

let server: RunningServer
let dir = ''
beforeAll(async () => {
  dir = tempDir()
  server = await startServer(dir)
})
afterAll(async () => {
  await server.close()
  removeDir(dir)
})

/** A board with someone's work on it: variables, a link and a frame. */
async function boardWithWork(): Promise<CreatedBoard> {
  const b = await createBoard(server.url, { title: 'Our board' })
  await server.rooms.withDoc(b.id, (doc) => {
    const x = addVariable(doc, { label: 'Homework load', x: 0, y: 0 })
    const y = addVariable(doc, { label: 'Stress', x: 400, y: 250 })
    addLink(doc, { source: x, target: y, polarity: '+' })
    addNode(doc, { kind: 'frame', label: 'Earlier work', x: -300, y: 400, fields: { w: 900, h: 400 } })
  })
  return b
}

function post(b: CreatedBoard, format: string, body: string, query = '') {
  return fetch(`${server.url}/api/boards/${b.id}/import/${format}${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${b.editToken}` },
    body,
  })
}

const snapshot = (b: CreatedBoard) => server.rooms.readDoc(b.id, (d) => toSnapshot(d))
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
const inside = (a: Box, outer: Box) =>
  a.x >= outer.x && a.y >= outer.y && a.x + a.w <= outer.x + outer.w && a.y + a.h <= outer.y + outer.h
const newNodes = (before: BoardSnapshot, after: BoardSnapshot): NodeSnapshot[] =>
  Object.values(after.nodes).filter((n) => !before.nodes[n.id])

describe('POST /api/boards/:id/import/:format', () => {
  it.each(Object.keys(FILES) as ImportFormat[])('%s: adds the file in a new frame beside existing work', async (format) => {
    const b = await boardWithWork()
    const before = await snapshot(b)
    const { text, nodes, edges } = FILES[format]
    const res = await post(b, format, text)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { added: { nodes: number; edges: number }; frameId: string }
    expect(body.added).toEqual({ nodes, edges })

    const after = await snapshot(b)
    const added = newNodes(before, after)
    const frame = after.nodes[body.frameId]!
    expect(frame).toMatchObject({ kind: 'frame', label: 'Import' })
    const content = added.filter((n) => n.id !== frame.id)
    expect(content).toHaveLength(nodes)
    expect(Object.keys(after.edges)).toHaveLength(Object.keys(before.edges).length + edges)
    const frameBox = boardBox(frame)
    for (const n of content) {
      expect(n.parent, n.label).toBe(frame.id)
      expect(inside(boardBox(n), frameBox), n.label).toBe(true)
    }
    // Nothing new covers what was there, and files without positions are laid out, not stacked.
    for (const old of Object.values(before.nodes)) expect(overlap(frameBox, boardBox(old)), old.label).toBe(false)
    for (const [i, n] of content.entries())
      for (const m of content.slice(i + 1)) expect(overlap(boardBox(n), boardBox(m)), `${n.label}/${m.label}`).toBe(false)
  })

  it('names the frame after ?name= and puts a second import beside the first', async () => {
    const b = await boardWithWork()
    const first = (await (await post(b, 'csv', FILES.csv.text, '?name=habits.csv')).json()) as { frameId: string }
    const mid = await snapshot(b)
    expect(mid.nodes[first.frameId]!.label).toBe('habits')
    const second = (await (await post(b, 'csv', FILES.csv.text, '?name=%00again.csv')).json()) as { frameId: string }
    const after = await snapshot(b)
    expect(after.nodes[second.frameId]!.label).toBe('again')
    for (const n of newNodes(mid, after))
      for (const old of Object.values(mid.nodes)) expect(overlap(boardBox(n), boardBox(old)), n.label).toBe(false)
  })

  it.each(badFiles)('%s: 400 naming the line or field at fault, board unchanged', async (file) => {
    const b = await boardWithWork()
    const format = file.slice(0, file.indexOf('-'))
    const before = await server.rooms.readDoc(b.id, (d) => contentOf(d))
    const rows = (await server.store.countRows(b.id)).updates
    const res = await post(b, format, readFileSync(badDir + file, 'utf8'))
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { path: string; message: string }[] }
    expect(body.errors[0]!.path).toBe(expected[file]!.path)
    expect(body.errors[0]!.message.length).toBeGreaterThan(5)
    expect(await server.rooms.readDoc(b.id, (d) => contentOf(d))).toBe(before)
    expect((await server.store.countRows(b.id)).updates).toBe(rows)
  })

  it('covers every import format with malformed files', () => {
    for (const format of Object.keys(FILES)) expect(badFiles.some((f) => f.startsWith(`${format}-`)), format).toBe(true)
  })
})
