/**
 * Calendar arithmetic on "YYYY-MM-DD" days and plain numbers: no `Date` time zones, no Intl, cheap
 * enough for bulk parsing. Shared by the deadline parser, the checks and the report.
 */
import type { IsoDate } from "./model";

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
const DAY_MS = 86_400_000;
/** Day 0 of spreadsheet serials (Sheets and xlsx in 1900 mode both count from here). */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The first serial past the last day of MAX_YEAR. */
export const SERIAL_LIMIT = (Date.UTC(MAX_YEAR + 1, 0, 1) - SERIAL_EPOCH_MS) / DAY_MS;

export function isYearInRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Assumes a valid day (callers check with `daysInMonth` first). */
export function isoDay(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** True for a well-formed day that exists (no 2024-02-30, no month 13). */
export function isValidIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const { year, month, day } = dayParts(text);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function firstOfMonth(year: number, month: number): IsoDate {
  return isoDay(year, month, 1);
}

export function lastOfMonth(year: number, month: number): IsoDate {
  return isoDay(year, month, daysInMonth(year, month));
}

/** The month `count` months after (year, month), as [year, month]. */
export function addMonths(year: number, month: number, count: number): [number, number] {
  const index = year * 12 + (month - 1) + count;
  return [Math.floor(index / 12), (index % 12) + 1];
}

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

export function dayParts(iso: IsoDate): DayParts {
  return { year: digits(iso, 0, 4), month: digits(iso, 5, 7), day: digits(iso, 8, 10) };
}

/** The number written at [from, to) of an ISO day, read in place: every check of every action does this. */
function digits(iso: IsoDate, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + iso.charCodeAt(i) - 48;
  return value;
}

function dayNumber(iso: IsoDate): number {
  return Date.UTC(digits(iso, 0, 4), digits(iso, 5, 7) - 1, digits(iso, 8, 10)) / DAY_MS;
}

function fromEpochMs(ms: number): IsoDate {
  const date = new Date(ms);
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromEpochMs((dayNumber(iso) + days) * DAY_MS);
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: IsoDate, years: number): IsoDate {
  const { year, month, day } = dayParts(iso);
  return isoDay(year + years, month, Math.min(day, daysInMonth(year + years, month)));
}

/** A spreadsheet date serial (days since 1899-12-30; the fraction is the time of day). */
export function serialToIso(serial: number): IsoDate {
  return fromEpochMs(SERIAL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}

/** Inclusive intervals; ISO days compare correctly as strings. */
export function overlaps(start: IsoDate, end: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return start <= to && end >= from;
}

export function within(date: IsoDate | null, from: IsoDate, to: IsoDate): boolean {
  return date !== null && date >= from && date <= to;
}
