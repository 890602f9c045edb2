/**
 * Report periods: the organisation's fiscal years (exercices) and custom date ranges.
 * A fiscal year starts on the first day of `fiscalStartMonth`; when that month is January the
 * fiscal year is a calendar year, labelled « 2024 » instead of « 2024-2025 ».
 */

import { addDays, dayParts, isoDay, isValidIsoDate } from "../calendar";
import { messages } from "../i18n";
import type { IsoDate, Language, Settings } from "../model";
import { formatDateRange } from "./format";

export interface ReportPeriod {
  label: string;
  start: IsoDate;
  end: IsoDate;
}

export type PeriodSettings = Pick<Settings, "fiscalStartMonth" | "periodStart" | "periodEnd">;

export type PeriodResult = { ok: true; period: ReportPeriod } | { ok: false; error: string };

/** The fiscal year that starts in `startYear`. */
export function fiscalYear(startYear: number, fiscalStartMonth: number): ReportPeriod {
  const start = isoDay(startYear, fiscalStartMonth, 1);
  const end = addDays(isoDay(startYear + 1, fiscalStartMonth, 1), -1);
  const label = fiscalStartMonth === 1 ? String(startYear) : `${startYear}-${startYear + 1}`;
  return { label, start, end };
}

/** The start year of the fiscal year that contains `date`. */
export function fiscalStartYear(date: IsoDate, fiscalStartMonth: number): number {
  const { year, month } = dayParts(date);
  return month >= fiscalStartMonth ? year : year - 1;
}

/** The last fiscal year that ended before `today`: what an AGA usually reports on. */
export function defaultReportPeriod(settings: PeriodSettings, today: IsoDate): ReportPeriod {
  return fiscalYear(fiscalStartYear(today, settings.fiscalStartMonth) - 1, settings.fiscalStartMonth);
}

/**
 * The fiscal years to offer: those the plan's period covers when it has one, else three years
 * back and one ahead of today. The default period is always among them.
 */
export function fiscalYears(settings: PeriodSettings, today: IsoDate): ReportPeriod[] {
  const month = settings.fiscalStartMonth;
  const current = fiscalStartYear(today, month);
  const hasPlanPeriod =
    settings.periodStart !== null &&
    settings.periodEnd !== null &&
    isValidIsoDate(settings.periodStart) &&
    isValidIsoDate(settings.periodEnd) &&
    settings.periodStart <= settings.periodEnd;
  const lastFinished = current - 1;
  let first = current - 3;
  let last = current;
  if (hasPlanPeriod) {
    first = Math.min(fiscalStartYear(settings.periodStart as IsoDate, month), lastFinished);
    last = Math.max(fiscalStartYear(settings.periodEnd as IsoDate, month), lastFinished);
  }
  const years: ReportPeriod[] = [];
  for (let year = first; year <= last; year++) years.push(fiscalYear(year, month));
  return years;
}

/** The period that follows `period`, of one fiscal year: what the next report will cover. */
export function nextPeriod(period: ReportPeriod, fiscalStartMonth: number, language: Language): ReportPeriod {
  const start = addDays(period.end, 1);
  const { year, month, day } = dayParts(start);
  if (month === fiscalStartMonth && day === 1) return fiscalYear(year, fiscalStartMonth);
  const end = addDays(isoDay(year + 1, month, 1), day - 2);
  return { label: formatDateRange(start, end, language), start, end };
}

/**
 * A period as typed on the command line or in the dialog: « 2024-2025 » (also « 2024/2025 »,
 * « 2024–2025 »), « 2024 » (a calendar year) or « 2024-04-01:2025-03-31 ».
 */
export function parsePeriodArg(
  text: string,
  settings: PeriodSettings,
  language: Language = "fr",
): PeriodResult {
  const t = messages(language).report;
  const input = text.trim();
  const fiscal = /^(\d{4})\s*[-/–—]\s*(\d{4})$/.exec(input);
  if (fiscal) {
    const [startYear, endYear] = [Number(fiscal[1]), Number(fiscal[2])];
    if (endYear !== startYear + 1) return { ok: false, error: t.periodFiscalNotConsecutive(input) };
    return { ok: true, period: fiscalYear(startYear, settings.fiscalStartMonth) };
  }
  if (/^\d{4}$/.test(input)) return { ok: true, period: fiscalYear(Number(input), 1) };
  const range = /^(\S+)\s*:\s*(\S+)$/.exec(input);
  if (!range) return { ok: false, error: t.periodInvalid(input) };
  const [start, end] = [range[1], range[2]];
  const invalid = [start, end].find((date) => !isValidIsoDate(date));
  if (invalid !== undefined) return { ok: false, error: t.periodDateInvalid(invalid) };
  if (start > end) return { ok: false, error: t.periodReversed(start, end) };
  return { ok: true, period: { label: formatDateRange(start, end, language), start, end } };
}
