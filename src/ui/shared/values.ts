/** Reading the form's number fields the way people type them (« 12 500 $ », « 40 % »). */

export type Parsed<T> = { ok: true; value: T } | { ok: false };

const SPACES = /[\s\u00a0\u202f]/g;

/** A number in French or English writing, or null when the text is not one. */
function parseNumber(text: string, unit: string): number | null {
  let cleaned = text.replace(SPACES, "").replace(unit, "");
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned)) cleaned = cleaned.replace(/,/g, "");
  else cleaned = cleaned.replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** Avancement: empty means « not given »; otherwise a number from 0 to 100 (« 40 », « 40 % »). */
export function parseProgress(text: string): Parsed<number | null> {
  if (text.trim() === "") return { ok: true, value: null };
  const value = parseNumber(text, "%");
  return value !== null && value <= 100 ? { ok: true, value } : { ok: false };
}

/** Budget: an amount when it reads as one (« 12 500 $ »), else the text as written (« À déterminer »). */
export function parseBudget(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return parseNumber(trimmed, "$") ?? trimmed;
}
