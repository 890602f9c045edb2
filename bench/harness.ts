/**
 * Bench cases: each area exports `cases` from bench/<area>.bench.ts; bench/run.ts times them.
 * A case measures one operation at one size; `serviceCalls` reports what one run cost on the fake
 * Apps Script services (round trips, the budgets' unit, and every method call), `target` states
 * the goal in words.
 */
import type { CallLog } from "../src/node/gas-fake";

export interface BenchCase {
  operation: string;
  size: string;
  run: () => unknown | Promise<unknown>;
  /** The last run's cost, for cases that run against the fake services. */
  serviceCalls?: () => ServiceCost;
  /** Optional throughput unit count for one run (e.g. expressions parsed), to print a rate. */
  units?: number;
  target?: string;
  /** Measured runs (bench/run.ts's default otherwise). */
  runs?: number;
  /** Prepares the case's input, unmeasured, only when the case is run (not when filtered out). */
  setup?: () => void;
  /** False for a case too long to run once more unmeasured (200,000 rows). */
  warmUp?: boolean;
  /** What else one run showed (sizes, shares), printed beside the time. */
  details?: () => string;
}

/** Round trips (src/node/gas-fake/cost.ts) and raw method calls of one run. */
export interface ServiceCost {
  roundTrips: number;
  calls: number;
}

export function costOf(log: CallLog): ServiceCost {
  return { roundTrips: log.roundTrips(), calls: log.total() };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs `run` and returns its result with the CPU time it took, in ms (on a shared machine the wall time also counts the waiting). */
export function withCpu<T>(run: () => T): { value: T; cpu: number } {
  const start = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(start);
  return { value, cpu: (used.user + used.system) / 1000 };
}
