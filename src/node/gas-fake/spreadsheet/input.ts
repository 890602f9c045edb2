/**
 * How Sheets turns a string written by `setValue(s)` into a cell, as if a person typed it, in the
 * spreadsheet's locale (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue:
 * « the value is parsed as it would be if typed in the cell »). Each behaviour is pinned by a test:
 * - a cell formatted as plain text ("@") keeps the string exactly, a leading apostrophe included
 *   (the reference is silent; keeping it is the stricter choice: the apostrophe trick only works
 *   on automatic cells, so a writer relying on it in a "@" cell shows a stray « ' »);
 * - elsewhere a leading apostrophe forces text and is not kept;
 * - "=…" is a formula; so is "+…" or "-…" that reads as a formula ("+A1", "-1-1"), while a sign
 *   before a number is that number ("+15 %", "-10"); « - 10 rencontres » reads as neither and
 *   stays text;
 * - TRUE / FALSE (any case; also VRAI / FAUX in French locales) become booleans;
 * - numbers become numbers, losing leading and trailing zeros ("007" → 7, "1.10" → 1.1):
 *   "." is the decimal mark in every locale (so a code such as "1.2" becomes the number 1.2),
 *   "," too in French locales; thousands groups ("1,234" in English, "1 234" in French);
 *   a trailing "%" (« 50 % » too) divides by 100; a "$" or "€" before or after (« 12 500 $ »,
 *   "$12,500") is a currency amount;
 * - dates and times (input-dates.ts) become a `Date` in the spreadsheet's time zone.
 */
import type { Cell } from "../../../core/cells";
import { parseFormula } from "./formula";
import { isFrench, parseDateOrTime } from "./input-dates";

export { isFrench } from "./input-dates";

export const TEXT_FORMAT = "@";

export interface ParsedInput {
  value: Cell;
  formula?: string;
  /** The number format Sheets applies to the cell when it recognises a percentage, amount or date. */
  numberFormat?: string;
}

export interface InputContext {
  locale: string;
  timeZone: string;
  /** For a date typed without its year. */
  now: Date;
}

export function parseInput(text: string, context: InputContext): ParsedInput {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.length > 1 && text.startsWith("=")) return { value: "", formula: text };
  const trimmed = text.trim();
  return (
    parseBoolean(trimmed, context.locale) ??
    parseNumber(trimmed, context.locale) ??
    parseSignedFormula(trimmed) ??
    parseDateOrTime(trimmed, context) ?? { value: text }
  );
}

function parseBoolean(text: string, locale: string): ParsedInput | null {
  const upper = text.toUpperCase();
  if (upper === "TRUE" || (isFrench(locale) && upper === "VRAI")) return { value: true };
  if (upper === "FALSE" || (isFrench(locale) && upper === "FAUX")) return { value: false };
  return null;
}

/** "+…" / "-…" that Sheets reads as a formula: it must parse as one (unknown functions allowed). */
function parseSignedFormula(text: string): ParsedInput | null {
  if (!/^[+-]/.test(text) || text.length < 2) return null;
  const formula = `=${text}`;
  try {
    parseFormula(formula, { anyFunction: true });
  } catch {
    return null;
  }
  return { value: "", formula };
}

const SPACES = "[ \\u00a0\\u202f]";
const ENGLISH_DIGITS = "(\\d{1,3}(?:,\\d{3})+|\\d*)(?:\\.(\\d+))?";
const FRENCH_DIGITS = `(\\d{1,3}(?:${SPACES}\\d{3})+|\\d*)(?:[.,](\\d+))?`;
const CURRENCY = "[$€]";

function numberPattern(locale: string): RegExp {
  const digits = isFrench(locale) ? FRENCH_DIGITS : ENGLISH_DIGITS;
  return new RegExp(
    `^([+-]?)${SPACES}*(${CURRENCY}?)${SPACES}*${digits}(?:[eE]([+-]?\\d+))?${SPACES}*(%|${CURRENCY})?$`,
    "u",
  );
}

function parseNumber(text: string, locale: string): ParsedInput | null {
  const match = numberPattern(locale).exec(text);
  if (!match) return null;
  const [, sign, before, whole, fraction, exponent, after = ""] = match;
  if (!whole && !fraction) return null;
  if (before && after) return null;
  const digits = `${sign}${whole.replace(/\D/g, "") || "0"}.${fraction ?? "0"}e${exponent ?? "0"}`;
  const number = Number(digits);
  if (!Number.isFinite(number)) return null;
  if (after === "%") return { value: number / 100, numberFormat: fraction ? "0.00%" : "0%" };
  const symbol = before || after;
  if (!symbol) return { value: number };
  const amount = isFrench(locale) ? `#,##0.00 ${symbol}` : `${symbol}#,##0.00`;
  return { value: number, numberFormat: amount };
}
