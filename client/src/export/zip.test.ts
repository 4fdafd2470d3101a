import { describe, expect, it } from 'vitest'
import { crc32, zipStore } from './zip'

/** Reads the central directory back: names, sizes and the stored bytes of each entry. */
function readZip(zip: Uint8Array): { name: string; data: Uint8Array; crc: number }[] {
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const end = zip.length - 22
  expect(v.getUint32(end, true)).toBe(0x06054b50)
  const count = v.getUint16(end + 10, true)
  let at = v.getUint32(end + 16, true)
  const out = []
  for (let i = 0; i < count; i++) {
    expect(v.getUint32(at, true)).toBe(0x02014b50)
    const size = v.getUint32(at + 24, true)
    const nameLen = v.getUint16(at + 28, true)
    const local = v.getUint32(at + 42, true)
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLen))
    expect(v.getUint32(local, true)).toBe(0x04034b50)
    const start = local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true)
    out.push({ name, data: zip.subarray(start, start + size), crc: v.getUint32(at + 16, true) })
    at += 46 + nameLen
  }
  return out
}

describe('zipStore', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array())).toBe(0)
  })

  it('writes entries that read back byte for byte, with UTF-8 names', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
    const json = new TextEncoder().encode('{"format":"causeway.board"}')
    const zip = zipStore([
      { name: 'Équipe 2.png', data: png },
      { name: 'Équipe 2.causeway.json', data: json },
    ])
    const entries = readZip(zip)
    expect(entries.map((e) => e.name)).toEqual(['Équipe 2.png', 'Équipe 2.causeway.json'])
    expect([...entries[0]!.data]).toEqual([...png])
    expect(new TextDecoder().decode(entries[1]!.data)).toBe('{"format":"causeway.board"}')
    expect(entries[0]!.crc).toBe(crc32(png))
  })
})
