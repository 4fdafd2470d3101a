/** The single splice that turns `before` into `after` (common prefix and suffix kept). */
export function textSplice(before: string, after: string): { index: number; remove: number; insert: string } {
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before[start] === after[start]) start++
  let endB = before.length
  let endA = after.length
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--
    endA--
  }
  return { index: start, remove: endB - start, insert: after.slice(start, endA) }
}
