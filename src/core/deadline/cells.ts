/** Deadlines that arrive as typed cells rather than text: `Date` objects and numbers. */

import { isYearInRange, MAX_YEAR, SERIAL_LIMIT, serialToIso } from "../calendar";
import { dateInZone } from "../cells";
import { invalid, parsed } from "./result";
import type { DeadlineContext, ParsedDeadline } from "./types";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date cell is the day it shows in the spreadsheet's time zone, whatever the zone of the
 * machine or script (a midnight in Montréal is the previous evening in Vancouver).
 * `text` is the day itself unless the cell came as text (an ISO instant).
 */
export function parseDateCell(date: Date, context: DeadlineContext, text?: string): ParsedDeadline {
  if (Number.isNaN(date.getTime())) return invalid(text ?? String(date));
  let day: string;
  try {
    day = dateInZone(date, context.timeZone);
  } catch {
    return invalid(text ?? date.toISOString().slice(0, 10), [
      { code: "unknownTimeZone", timeZone: context.timeZone },
    ]);
  }
  const year = Number(day.slice(0, 4));
  if (!ISO_DAY.test(day) || !isYearInRange(year)) {
    return invalid(text ?? day, [{ code: "yearOutOfRange", year: date.getUTCFullYear() }]);
  }
  return parsed(text ?? day, "date", day);
}

/** A whole number 1900–2100 is a year; a larger one is a spreadsheet date serial. */
export function parseNumberCell(value: number): ParsedDeadline {
  const text = String(value);
  if (Number.isInteger(value) && isYearInRange(value)) {
    return parsed(text, "year", `${value}-01-01`, `${value}-12-31`);
  }
  if (value > MAX_YEAR && value < SERIAL_LIMIT) {
    const day = serialToIso(value);
    return parsed(text, "date", day);
  }
  const looksLikeYear = Number.isInteger(value) && value >= 1000 && value < 10_000;
  return invalid(text, looksLikeYear ? [{ code: "yearOutOfRange", year: value }] : []);
}
