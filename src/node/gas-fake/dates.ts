/** Dates as Sheets cells hold them; the zone arithmetic itself is the core's (src/core/zone.ts). */

import { zonedInstant } from "../../core/zone";

/** Whether year-month-day names a real calendar day. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * The `Date` that Sheets returns for a date cell holding `iso` ("YYYY-MM-DD"): midnight of that
 * day in the spreadsheet's time zone.
 */
export function dateCell(iso: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`dateCell: expected "YYYY-MM-DD", got "${iso}"`);
  const [year, month, day] = match.slice(1).map(Number);
  if (!isCalendarDay(year, month, day)) throw new Error(`dateCell: "${iso}" is not a calendar day`);
  return zonedInstant({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone);
}

/** A `Date` from any realm (a vm context's `Date` is not this realm's). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}
