/**
 * The plan's own numbering as boards write it: « 1 », « 1.2 », « II », « A », « 3. », « 1.2.3 ».
 * Parsing only; the final codes are chosen in numbering.ts once the whole sheet is read.
 */

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

/** « IV » → 4; null when the text is not a plain Roman numeral up to 39. */
export function romanToNumber(text: string): number | null {
  if (!/^X{0,3}(IX|IV|V?I{0,3})$/.test(text) || text === "") return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]];
    const next = ROMAN[text[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * A heading's code as the plan's own label: numbers as written (« 1.2 »), letters upper-cased.
 * With `roman` (orientation level: « Axe II »), Roman numerals become numbers so that the dotted
 * codes below them stay readable (« 2.1 », not « II.1 »).
 */
export function normalizeCode(raw: string, roman = false): string {
  const text = raw.trim().replace(/[.)]+$/, "");
  if (/^\d+(\.\d+)*$/.test(text)) return text.replace(/(^|\.)0+(\d)/g, "$1$2");
  const value = roman && text === text.toUpperCase() ? romanToNumber(text) : null;
  return value === null ? text.toUpperCase() : String(value);
}

/** How many levels a dotted numeric code has: « 1 » → 1, « 1.2 » → 2; 0 when not numeric. */
export function codeDepth(code: string): number {
  return /^\d+(\.\d+)*$/.test(code) ? code.split(".").length : 0;
}

/** A cell that holds only a code (« 3 », « 3. », « 1.2.3 », « B) », « 4a »), as in Pivot's Action column. */
export function isBareCode(text: string): boolean {
  return /^(\d{1,4}(\.\d{1,4})*[a-z]?[.)]?|[A-Za-z][.)])$/.test(text.trim());
}

/**
 * « 1.2 Texte », « 3. Texte », « 3) Texte », « 1.2.3 – Texte » → the code and the rest.
 * A plain leading number (« 2 fois par année », « 2-3 rencontres ») is not a code: it needs a dot,
 * a parenthesis or a spaced dash.
 */
export function splitLeadingCode(text: string): { code: string; rest: string } | null {
  const match = /^(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|\d{1,3}(?=\s+[–—-]\s))\s*[–—:-]?\s*(\S[\s\S]*)$/.exec(
    text,
  );
  if (!match) return null;
  return { code: normalizeCode(match[1]), rest: match[2].trim() };
}
