/**
 * Dates and times a person types, as Sheets recognises them in the spreadsheet's locale:
 * - ISO "2020-03-15" (with an optional " 10:30"), in every locale;
 * - numeric day-first "15/03/2020" or "15-03-2020" in French locales, en_CA and en_GB,
 *   month-first "3/15/2020" in en_US; without a year ("15/03") the current year;
 * - month names, French (any case, accents optional, « janv. »-like abbreviations) in French
 *   locales and English in every locale (the stricter choice: Sheets reads English month names
 *   whatever the locale): « mars 2020 » and "March 2020" (the 1st), « 15 mars 2020 »,
 *   "15 March 2020", "March 15, 2020";
 * - times "10:30", "10:30:15", "2:30 pm", a `Date` on 1899-12-30 as Apps Script returns them.
 */
import { zonedInstant, zonedParts } from "../../../core/zone";
import { isCalendarDay } from "../dates";
import type { ParsedInput } from "./input";

const FRENCH_MONTHS = [
  ["janvier", "janv"],
  ["fevrier", "fevr", "fev"],
  ["mars"],
  ["avril", "avr"],
  ["mai"],
  ["juin"],
  ["juillet", "juil"],
  ["aout"],
  ["septembre", "sept"],
  ["octobre", "oct"],
  ["novembre", "nov"],
  ["decembre", "dec"],
];
const ENGLISH_MONTHS = [
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["may"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sept", "sep"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
];

export function isFrench(locale: string): boolean {
  return locale.toLowerCase().startsWith("fr");
}

function dayFirst(locale: string): boolean {
  return isFrench(locale) || locale === "en_CA" || locale === "en_GB";
}

function monthNumber(word: string, locale: string): number | null {
  const key = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\.$/, "");
  const tables = isFrench(locale) ? [FRENCH_MONTHS, ENGLISH_MONTHS] : [ENGLISH_MONTHS];
  for (const table of tables) {
    const index = table.findIndex((names) => names.includes(key));
    if (index >= 0) return index + 1;
  }
  return null;
}

interface Clock {
  locale: string;
  timeZone: string;
  now: Date;
}

export function parseDateOrTime(text: string, clock: Clock): ParsedInput | null {
  return parseNumericDate(text, clock) ?? parseNamedDate(text, clock) ?? parseTime(text, clock);
}

function day(year: number, month: number, d: number, clock: Clock, numberFormat: string, time = [0, 0, 0]) {
  if (!isCalendarDay(year, month, d)) return null;
  const [hour, minute, second] = time;
  return {
    value: zonedInstant({ year, month, day: d, hour, minute, second }, clock.timeZone),
    numberFormat,
  };
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\.?)?$/i;

function clockTime(text: string): [number, number, number] | null {
  const m = TIME.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const [minute, second] = [Number(m[2]), Number(m[3] ?? 0)];
  if (m[4]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
  }
  return hour < 24 && minute < 60 && second < 60 ? [hour, minute, second] : null;
}

function parseNumericDate(text: string, clock: Clock): ParsedInput | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](.+))?$/.exec(text);
  if (iso) {
    const time = iso[4] === undefined ? [0, 0, 0] : clockTime(iso[4]);
    if (!time) return null;
    const format = iso[4] === undefined ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm:ss";
    return day(Number(iso[1]), Number(iso[2]), Number(iso[3]), clock, format, time);
  }
  const m = /^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(text);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[3])];
  const [d, month] = dayFirst(clock.locale) ? [a, b] : [b, a];
  const year =
    m[4] === undefined
      ? zonedParts(clock.now, clock.timeZone).year
      : m[4].length === 2
        ? 2000 + Number(m[4]) - (Number(m[4]) >= 30 ? 100 : 0)
        : Number(m[4]);
  return day(year, month, d, clock, dayFirst(clock.locale) ? "dd/mm/yyyy" : "M/d/yyyy");
}

function parseNamedDate(text: string, clock: Clock): ParsedInput | null {
  const words = text.replace(/,/g, " ").split(/\s+/);
  const numbers = words.filter((w) => /^\d+$/.test(w)).map(Number);
  const names = words.filter((w) => !/^\d+$/.test(w));
  if (names.length !== 1 || numbers.length < 1 || numbers.length > 2) return null;
  const month = monthNumber(names[0], clock.locale);
  if (month === null) return null;
  // « mars 2020 », « 15 mars 2020 », "March 15, 2020": the year is the four-digit number, last.
  const year = numbers[numbers.length - 1];
  if (year < 1000 || words[words.length - 1] !== String(year)) return null;
  if (numbers.length === 1) return day(year, month, 1, clock, "mmmm yyyy");
  return day(year, month, numbers[0], clock, "d mmmm yyyy");
}

function parseTime(text: string, clock: Clock): ParsedInput | null {
  const time = clockTime(text);
  if (!time) return null;
  return day(1899, 12, 30, clock, time[2] ? "h:mm:ss" : "h:mm", time);
}
