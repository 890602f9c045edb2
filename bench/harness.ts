/**
 * Bench cases: each area exports `cases` from bench/<area>.bench.ts; bench/run.ts times them.
 * A case measures one operation at one size; `serviceCalls` reports calls made on the fake
 * Apps Script services during one run (for the call budgets), `target` states the goal in words.
 */
export interface BenchCase {
  operation: string;
  size: string;
  run: () => unknown | Promise<unknown>;
  /** Service calls made by the last run, for cases that run against the fake services. */
  serviceCalls?: () => number;
  /** Optional throughput unit count for one run (e.g. expressions parsed), to print a rate. */
  units?: number;
  target?: string;
}
