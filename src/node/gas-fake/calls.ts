/**
 * The shared service-call counter. Every method called on any fake Apps Script object is
 * recorded here under "Kind.method" (e.g. "Range.getValues"), so a test can hold an operation
 * to a budget of service calls.
 */
export class CallLog {
  readonly #counts = new Map<string, number>();
  #total = 0;

  record(method: string): void {
    this.#counts.set(method, (this.#counts.get(method) ?? 0) + 1);
    this.#total++;
  }

  total(): number {
    return this.#total;
  }

  /** Calls per "Kind.method", sorted by name. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.#counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Calls of one "Kind.method" (0 when never called). */
  of(method: string): number {
    return this.#counts.get(method) ?? 0;
  }

  reset(): void {
    this.#counts.clear();
    this.#total = 0;
  }
}
