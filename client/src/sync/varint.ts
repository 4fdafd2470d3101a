/** lib0-compatible unsigned varint encoding, enough to hand-build one y-protocols sync message. */
export function writeVarUint(out: number[], n: number): void {
  while (n > 0x7f) {
    out.push(0x80 | (n & 0x7f))
    n = Math.floor(n / 128)
  }
  out.push(n & 0x7f)
}

/** message type 0 (sync), sync step 1 (0), then the state vector as a length-prefixed byte array. */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  const head: number[] = []
  writeVarUint(head, 0)
  writeVarUint(head, 0)
  writeVarUint(head, stateVector.length)
  const msg = new Uint8Array(head.length + stateVector.length)
  msg.set(head, 0)
  msg.set(stateVector, head.length)
  return msg
}
