/**
 * The shared service-call counter. Every method called on any fake Apps Script object is
 * recorded here under "Kind.method" (e.g. "Range.getValues"): `total()` counts them all,
 * `roundTrips()` weighs them as Apps Script does (cost.ts) — what the issues' budgets are about.
 * `reset()` starts a new execution.
 */
import { costOf } from "./cost";

export class CallLog {
  readonly #counts = new Map<string, number>();
  readonly #sequence: string[] = [];
  #total = 0;
  #roundTrips = 0;
  /** Changes are queued and no trip or flush has sent them yet. */
  #batchOpen = false;
  #metadataFetched = false;

  record(method: string): void {
    this.#counts.set(method, (this.#counts.get(method) ?? 0) + 1);
    this.#sequence.push(method);
    this.#total++;
    switch (costOf(method)) {
      case "trip":
        this.#trip();
        break;
      case "metadata":
        if (!this.#metadataFetched) this.#trip();
        this.#metadataFetched = true;
        break;
      case "queued":
        if (!this.#batchOpen) this.#roundTrips++;
        this.#batchOpen = true;
        break;
      case "flush":
        this.#batchOpen = false;
        break;
      case "local":
        break;
    }
  }

  #trip(): void {
    this.#roundTrips++;
    this.#batchOpen = false;
  }

  total(): number {
    return this.#total;
  }

  /** Trips, one per run of queued changes, and one for the spreadsheet's metadata. */
  roundTrips(): number {
    return this.#roundTrips;
  }

  /** Calls per "Kind.method", sorted by name. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.#counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Every call in the order it was made, e.g. to check that no read follows a write. */
  sequence(): readonly string[] {
    return this.#sequence;
  }

  /** Calls of one "Kind.method" (0 when never called). */
  of(method: string): number {
    return this.#counts.get(method) ?? 0;
  }

  reset(): void {
    this.#counts.clear();
    this.#sequence.length = 0;
    this.#total = 0;
    this.#roundTrips = 0;
    this.#batchOpen = false;
    this.#metadataFetched = false;
  }
}
