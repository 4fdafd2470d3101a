import type { Polarity } from '@causeway/model'

/** A table lookup that ignores inherited keys: `constructor` in a file is not a polarity. */
export function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

const POLARITY_WORDS: Record<string, Polarity> = {
  '+': '+',
  s: '+',
  same: '+',
  positive: '+',
  '-': '-',
  '\u2212': '-',
  o: '-',
  opposite: '-',
  negative: '-',
  '?': '?',
  '': '?',
  unknown: '?',
}

/** Reads the polarity spellings other tools use (+/-, s/o, same/opposite, positive/negative); null if none. */
export function readPolarity(raw: string): Polarity | null {
  return own(POLARITY_WORDS, raw.trim().toLowerCase()) ?? null
}

const DELAY_WORDS: Record<string, boolean> = {
  '': false,
  false: false,
  no: false,
  '0': false,
  true: true,
  yes: true,
  '1': true,
  delay: true,
  '||': true,
}

export function readDelay(raw: string): boolean | null {
  return own(DELAY_WORDS, raw.trim().toLowerCase()) ?? null
}

/**
 * A link label as dot and mermaid carry it: the polarity, then `||` when the link has a delay
 * (the delay mark drawn across a causal arrow). `+ ||`, `-`, `?`, `` (unknown).
 */
export function linkMark(polarity: Polarity, delay: boolean): string {
  return delay ? `${polarity} ||` : polarity
}

export function readLinkMark(raw: string): { polarity: Polarity; delay: boolean } | null {
  const text = raw.trim()
  const delay = /(\|\||\bdelay\b)$/i.test(text)
  const polarity = readPolarity(delay ? text.replace(/(\|\||\bdelay\b)$/i, '') : text)
  return polarity === null ? null : { polarity, delay }
}
