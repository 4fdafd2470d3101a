/** What run.ts hands every suite. */
export interface SuiteOptions {
  quick: boolean
  /**
   * Seeds the order in which targets (and loop implementations) take turns; recorded in the
   * results so a run's order can be replayed with `--seed`. Workloads have their own fixed seeds.
   */
  seed: number
}
