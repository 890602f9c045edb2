/** The contract of the deadline parser: what it needs to know and what it gives back. */
import type { Deadline, IsoDate } from "../model";

export interface DeadlineContext {
  /** 1–12: the exercice starts on the first day of this month (4, April, in most Quebec groups). */
  fiscalStartMonth: number;
  /** The plan's period: « Immédiat » is due at its start, « An 1 » counts from it. */
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  /** The spreadsheet's time zone: the zone a date cell is read in. */
  timeZone: string;
}

/**
 * Why a deadline was read with a doubt (kinds date…range) or why it could not be read
 * (kinds invalid and undetermined). Plain data: the i18n catalogue turns it into words.
 */
export type DeadlineWarning =
  /** « Automne 19 »: the year « 19 » was read as 2019. */
  | { code: "twoDigitYear"; written: string; year: number }
  /** 31/02/2021, « 31 juin 2021 »: the month exists, the day does not. */
  | { code: "impossibleDate"; year: number; month: number; day: number }
  /** 2020-13-01: there is no month 13. */
  | { code: "impossibleMonth"; month: number }
  /** « Mars 20200 », « 1850 »: outside the years a plan can cover. */
  | { code: "yearOutOfRange"; year: number }
  /** « 2021-2020 », « Décembre 2020 à mars 2020 ». */
  | { code: "reversedRange" }
  /** « Décembre 2019-2022 »: a month or season in a span of several exercices. */
  | { code: "ambiguousYear" }
  /** « 15 mars », « Automne »: the year is missing. */
  | { code: "missingYear" }
  /** « Avant l'AGA », « Après le financement »: tied to an event whose date the plan does not know. */
  | { code: "relativeEvent" }
  /** « An 1 » without a start date for the plan's period. */
  | { code: "needsPlanPeriod" }
  /** A date cell could not be read: the spreadsheet's time zone is unknown. */
  | { code: "unknownTimeZone"; timeZone: string };

export type DeadlineWarningCode = DeadlineWarning["code"];

export type ParsedDeadline = Deadline & { warnings: DeadlineWarning[] };
