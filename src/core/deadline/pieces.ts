/**
 * A piece of a deadline as written (« septembre », « 15 mars 2020 », « Hiver 2020-2021 ») and the
 * interval of days it means once its year is known. Pieces of a range or list may lack a year or
 * a month that a neighbour gives (« Septembre à décembre 2020 », « Du 1er au 15 mars 2020 »).
 */

import { addDays, addMonths, addYears, daysInMonth, firstOfMonth, isoDay, lastOfMonth } from "../calendar";
import type { DeadlineKind, IsoDate } from "../model";
import type { DeadlineContext, DeadlineWarning } from "./types";
import { SEASON_MONTHS, type Season } from "./vocabulary";

/** A single year (first = last) or a span of years written « 2020-2021 ». */
export interface Years {
  first: number;
  last: number;
}

export type Piece =
  | { unit: "day"; day: number; month: number | null; years: Years | null }
  | { unit: "month"; month: number; years: Years | null }
  | { unit: "season"; season: Season; years: Years | null }
  | { unit: "quarter"; quarter: number; years: Years | null }
  | { unit: "years"; years: Years | null }
  /** « An 1 », « Années 1 à 3 »: counted from the start of the plan's period. */
  | { unit: "planYears"; from: number; to: number; years: null };

export interface Interval {
  start: IsoDate;
  end: IsoDate;
}

/** An interval, or why there is none. */
export type Resolution = Interval | DeadlineWarning;

export function isInterval(resolution: Resolution): resolution is Interval {
  return "start" in resolution;
}

export function pieceKind(piece: Piece): DeadlineKind {
  switch (piece.unit) {
    case "day":
      return "date";
    case "years":
      return piece.years && piece.years.first !== piece.years.last ? "fiscal" : "year";
    case "planYears":
      return "fiscal";
    default:
      return piece.unit;
  }
}

function months(year: number, first: number, last: number): Interval {
  return { start: firstOfMonth(year, first), end: lastOfMonth(year, last) };
}

/**
 * The calendar year of a month written with a year or an exercice: « Décembre 2020-2021 » is in
 * 2020, « Mars 2020-2021 » in 2021 (April start). Null when the span is more than one exercice.
 */
function yearOfMonth(month: number, years: Years, context: DeadlineContext): number | null {
  if (years.first === years.last) return years.first;
  if (years.last !== years.first + 1) return null;
  return month >= context.fiscalStartMonth ? years.first : years.last;
}

function fiscalYears(years: Years, context: DeadlineContext): Interval {
  const startMonth = context.fiscalStartMonth;
  // An exercice that starts in January is the calendar year: « 2020-2021 » then covers both years.
  const [endYear, endMonth] = startMonth === 1 ? [years.last, 12] : addMonths(years.last, startMonth, -1);
  return { start: firstOfMonth(years.first, startMonth), end: lastOfMonth(endYear, endMonth) };
}

function quarter(q: number, years: Years, context: DeadlineContext): Interval | null {
  if (years.first === years.last) return months(years.first, q * 3 - 2, q * 3);
  if (years.last !== years.first + 1) return null;
  // A quarter of an exercice counts from its first month.
  const [startYear, startMonth] = addMonths(years.first, context.fiscalStartMonth, (q - 1) * 3);
  const [endYear, endMonth] = addMonths(startYear, startMonth, 2);
  return { start: firstOfMonth(startYear, startMonth), end: lastOfMonth(endYear, endMonth) };
}

function season(name: Season, years: Years, context: DeadlineContext): Interval | null {
  // « Hiver 2020-2021 » is the winter that straddles the two years (docs/domain.md).
  if (name === "winter" && years.last === years.first + 1) {
    return { start: firstOfMonth(years.first, 12), end: lastOfMonth(years.last, 3) };
  }
  const [first, last] = SEASON_MONTHS[name];
  const year = yearOfMonth(first, years, context);
  return year === null ? null : months(year, first, last);
}

function planYears(from: number, to: number, context: DeadlineContext): Resolution {
  if (context.periodStart === null) return { code: "needsPlanPeriod" };
  return {
    start: addYears(context.periodStart, from - 1),
    end: addDays(addYears(context.periodStart, to), -1),
  };
}

const AMBIGUOUS: DeadlineWarning = { code: "ambiguousYear" };

export function resolvePiece(piece: Piece, context: DeadlineContext): Resolution {
  if (piece.unit === "planYears") return planYears(piece.from, piece.to, context);
  if (piece.years === null) return { code: "missingYear" };
  switch (piece.unit) {
    case "years":
      return piece.years.first === piece.years.last
        ? months(piece.years.first, 1, 12)
        : fiscalYears(piece.years, context);
    case "month": {
      const year = yearOfMonth(piece.month, piece.years, context);
      return year === null ? AMBIGUOUS : months(year, piece.month, piece.month);
    }
    case "day": {
      if (piece.month === null) return { code: "missingYear" };
      const year = yearOfMonth(piece.month, piece.years, context);
      if (year === null) return AMBIGUOUS;
      if (piece.day < 1 || piece.day > daysInMonth(year, piece.month)) {
        return { code: "impossibleDate", year, month: piece.month, day: piece.day };
      }
      const day = isoDay(year, piece.month, piece.day);
      return { start: day, end: day };
    }
    case "quarter":
      return quarter(piece.quarter, piece.years, context) ?? AMBIGUOUS;
    case "season":
      return season(piece.season, piece.years, context) ?? AMBIGUOUS;
  }
}
