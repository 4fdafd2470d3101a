import { describe, expect, it } from 'vitest'
import { detectFormat } from './detectFormat'

describe('detectFormat', () => {
  it('reads .json as board JSON or Kumu by its shape', () => {
    expect(detectFormat('a.json', '{"format":"causeway.board","version":1}')).toBe('json')
    expect(detectFormat('a.JSON', '{ "elements": [], "connections": [] }')).toBe('kumu')
    expect(detectFormat('b.causeway.json', '{ nope')).toBe('json')
  })

  it('knows the other extensions', () => {
    expect(detectFormat('links.csv', 'whatever')).toBe('csv')
    expect(detectFormat('g.dot', '')).toBe('dot')
    expect(detectFormat('g.gv', '')).toBe('dot')
    expect(detectFormat('m.mmd', '')).toBe('mermaid')
    expect(detectFormat('m.mermaid', '')).toBe('mermaid')
    expect(detectFormat('model.mdl', '')).toBe('mdl')
  })

  it('sniffs content when the extension says nothing', () => {
    expect(detectFormat('paste.txt', 'source,target,polarity\nA,B,+')).toBe('csv')
    expect(detectFormat('x', 'digraph "T" {\n a -> b\n}')).toBe('dot')
    expect(detectFormat('x', 'strict digraph {\n a -> b\n}')).toBe('dot')
    expect(detectFormat('x', '%% title\nflowchart LR\n a --> b')).toBe('mermaid')
    expect(detectFormat('x', '{UTF-8}\nA = 1')).toBe('mdl')
    expect(detectFormat('x', '\uFEFF{"connections": []}')).toBe('kumu')
    expect(detectFormat('notes.txt', 'hello world')).toBeNull()
    expect(detectFormat('', '')).toBeNull()
  })
})
