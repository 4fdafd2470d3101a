// The package ships no types (packages/analysis declares the same for its own tests).
declare module 'elementary-circuits-directed-graph' {
  /** Each circuit is returned closed: its first vertex repeated at the end. Mutates `adjacency`. */
  export default function findCircuits(adjacency: number[][], cb?: (circuit: number[]) => void): number[][]
}
