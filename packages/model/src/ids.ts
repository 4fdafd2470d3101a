// packages/ carry no DOM or Node types; Web Crypto exists in browsers, workers and Node 20.
declare const crypto: { getRandomValues(a: Uint8Array): Uint8Array }

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/** A short random id (60 bits) for nodes and edges; collisions across clients are negligible. */
export function newId(): string {
  const bytes = new Uint8Array(12)
  crypto.getRandomValues(bytes)
  let id = ''
  for (const b of bytes) id += ALPHABET[b % 36]
  return id
}
