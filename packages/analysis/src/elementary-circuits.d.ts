// Types for the reference implementation the tests compare against (the package ships none).
declare module 'elementary-circuits-directed-graph' {
  /** Each circuit is returned closed: its first vertex repeated at the end. */
  export default function findCircuits(adjacency: number[][], cb?: (circuit: number[]) => void): number[][]
}
