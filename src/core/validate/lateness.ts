/**
 * How late an action is, in the words a board uses: days for the first month, then months, then
 * « depuis mars 2020 » once a year has passed — never « 2438 jours ».
 */
import { dayParts } from "../calendar";
import type { IsoDate } from "../model";

export type Lateness =
  | { unit: "days"; count: number }
  | { unit: "months"; count: number }
  | { unit: "since"; year: number; month: number };

/** `due` is the last day to do the action; `today` is after it. */
export function lateness(due: IsoDate, today: IsoDate, days: number): Lateness {
  const from = dayParts(due);
  const to = dayParts(today);
  const months = (to.year - from.year) * 12 + (to.month - from.month) - (to.day < from.day ? 1 : 0);
  if (months < 1) return { unit: "days", count: days };
  if (months < 12) return { unit: "months", count: months };
  return { unit: "since", year: from.year, month: from.month };
}
