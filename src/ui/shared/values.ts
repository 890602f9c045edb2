/** Reading the form's number fields the way people type them (« 12 500 $ », « 40 % »): the core's rules. */
import { parseProgress as progressOf } from "../../core/values";

export { parseBudget } from "../../core/values";

export type Parsed<T> = { ok: true; value: T } | { ok: false };

/** Avancement: empty means « not given »; otherwise a number from 0 to 100 (« 40 », « 40 % »). */
export function parseProgress(text: string): Parsed<number | null> {
  const value = progressOf(text);
  return value === undefined ? { ok: false } : { ok: true, value };
}
