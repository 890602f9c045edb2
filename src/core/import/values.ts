/**
 * What only a board's own layout holds: « X » marks in yearly columns and broken formulas. Statuses,
 * percentages, amounts and dates are read by src/core/values.ts, as everywhere else.
 */
import { normalizeKey } from "../text";

/** A yearly column's mark: « X », « ✓ », « oui », a ticked checkbox. False and « non » are no mark. */
export function isPeriodMark(value: unknown, text: string): boolean | null {
  if (typeof value === "boolean") return value;
  const key = normalizeKey(text);
  if (/^[x✓✔☑•●]$/i.test(text.trim()) || ["x", "oui", "yes", "1", "true", "vrai"].includes(key)) return true;
  if (["non", "no", "0", "false", "faux"].includes(key)) return false;
  return null;
}

/** « #REF! », « #N/A », … : what a broken formula shows instead of its value. */
export function isFormulaError(text: string): boolean {
  return /^#(REF!|N\/A|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/i.test(text.trim());
}
