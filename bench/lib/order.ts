/**
 * Run order of the targets. Running them always in the same order lets slow drift on a shared
 * machine (a neighbour's build starting, thermal or memory pressure) land on whichever target
 * comes last; a seeded shuffle per repetition spreads it over every target alike, and the seed
 * and the orders go into the results so a run can be replayed.
 */
import { rng } from './board-gen.ts'

/** Fisher–Yates with the given generator; returns a new array. */
export function shuffled<T>(items: readonly T[], r: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    const t = out[i] as T
    out[i] = out[j] as T
    out[j] = t
  }
  return out
}

/** One independent shuffle of `items` per repetition, all from `seed`. */
export function runOrders<T>(items: readonly T[], reps: number, seed: number): T[][] {
  const r = rng(seed)
  return Array.from({ length: reps }, () => shuffled(items, r))
}
