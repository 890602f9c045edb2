/** Calendar arithmetic on "YYYY-MM-DD" days, in UTC so that no time zone can shift a day. */
import type { IsoDate } from "../model";

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** True for a well-formed day that exists (no 2024-02-30, no month 13). */
export function isValidIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const { year, month, day } = dateParts(text);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const shifted = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** Inclusive intervals; ISO days compare correctly as strings. */
export function overlaps(start: IsoDate, end: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return start <= to && end >= from;
}

export function within(date: IsoDate | null, from: IsoDate, to: IsoDate): boolean {
  return date !== null && date >= from && date <= to;
}
