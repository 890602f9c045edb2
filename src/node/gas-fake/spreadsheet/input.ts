/**
 * How Sheets turns a string written by `setValue(s)` into a cell, as if a person typed it, in the
 * spreadsheet's locale. Copied behaviours (each pinned by a test):
 * - a cell formatted as plain text ("@") keeps the string as is;
 * - a leading apostrophe forces text and is not kept;
 * - "=…" is a formula;
 * - TRUE / FALSE (any case; also VRAI / FAUX in French locales) become booleans;
 * - numbers become numbers, losing leading and trailing zeros ("007" → 7, "1.10" → 1.1):
 *   "." is the decimal mark in every locale (so a code such as "1.2" becomes the number 1.2),
 *   "," too in French locales; thousands groups ("1,234" in English, "1 234" in French);
 *   a trailing "%" divides by 100;
 * - ISO dates "YYYY-MM-DD" (and M/D/YYYY in en_US) become a `Date` at midnight in the
 *   spreadsheet's time zone.
 * Not copied (kept as text here, converted by the real Sheets): times, currency amounts, month
 * names, and other locale date orders.
 */
import type { Cell } from "../../../core/cells";
import { zonedInstant } from "../../../core/zone";
import { isCalendarDay } from "../dates";

export const TEXT_FORMAT = "@";

export interface ParsedInput {
  value: Cell;
  formula?: string;
  /** The number format Sheets applies to the cell when it recognises a percentage or a date. */
  numberFormat?: string;
}

export function isFrench(locale: string): boolean {
  return locale.toLowerCase().startsWith("fr");
}

export function parseInput(text: string, locale: string, timeZone: string): ParsedInput {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.length > 1 && text.startsWith("=")) return { value: "", formula: text };
  const trimmed = text.trim();
  return (
    parseBoolean(trimmed, locale) ??
    parseNumber(trimmed, locale) ??
    parseDate(trimmed, locale, timeZone) ?? { value: text }
  );
}

function parseBoolean(text: string, locale: string): ParsedInput | null {
  const upper = text.toUpperCase();
  if (upper === "TRUE" || (isFrench(locale) && upper === "VRAI")) return { value: true };
  if (upper === "FALSE" || (isFrench(locale) && upper === "FAUX")) return { value: false };
  return null;
}

const ENGLISH_NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d+))?(?:[eE]([+-]?\d+))?(%?)$/;
const FRENCH_NUMBER = /^([+-]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d*)(?:[.,](\d+))?(?:[eE]([+-]?\d+))?(%?)$/;

function parseNumber(text: string, locale: string): ParsedInput | null {
  const match = (isFrench(locale) ? FRENCH_NUMBER : ENGLISH_NUMBER).exec(text);
  if (!match) return null;
  const [, sign, whole, fraction, exponent, percent] = match;
  if (!whole && !fraction) return null;
  const digits = `${sign}${whole.replace(/\D/g, "") || "0"}.${fraction ?? "0"}e${exponent ?? "0"}`;
  const number = Number(digits);
  if (!Number.isFinite(number)) return null;
  if (!percent) return { value: number };
  return { value: number / 100, numberFormat: fraction ? "0.00%" : "0%" };
}

function parseDate(text: string, locale: string, timeZone: string): ParsedInput | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const us = locale === "en_US" ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text) : null;
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]].map(Number)
    : us
      ? [us[3], us[1], us[2]].map(Number)
      : [];
  if (year === undefined || !isCalendarDay(year, month, day)) return null;
  return {
    value: zonedInstant({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone),
    numberFormat: iso ? "yyyy-mm-dd" : "M/d/yyyy",
  };
}
