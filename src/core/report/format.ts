/**
 * Québec French and English formatting of dates, amounts and percentages, written by hand:
 * Apps Script's and Node's Intl locale data are not guaranteed to hold fr-CA.
 */

import { dayParts, isValidIsoDate } from "../calendar";
import { messages } from "../i18n";
import type { IsoDate, Language } from "../model";

/** The space Québec typography puts between thousands and before « $ » and « % ». */
const NBSP = "\u00a0";

/** « 15 mars 2024 », « 1er avril 2024 »; « March 15, 2024 ». Anything that is not a date is kept as is. */
export function formatDate(date: IsoDate, language: Language): string {
  if (!isValidIsoDate(date)) return date;
  return messages(language).common.day(dayParts(date));
}

export function formatDateRange(start: IsoDate, end: IsoDate, language: Language): string {
  if (start === end) return formatDate(start, language);
  return messages(language).report.periodRange(formatDate(start, language), formatDate(end, language));
}

/** 12500 → « 12 500 » / « 12,500 ». Decimals only when there are cents. */
export function formatNumber(value: number, language: Language, fractionDigits = 0): string {
  const sign = value < 0 ? "-" : "";
  const [whole, fraction] = Math.abs(value).toFixed(fractionDigits).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === "en" ? "," : NBSP);
  if (!fraction) return sign + grouped;
  return sign + grouped + (language === "en" ? "." : ",") + fraction;
}

/** « 12 500 $ », « 1 234,50 $ »; « $12,500 », « $1,234.50 ». */
export function formatAmount(value: number, language: Language): string {
  const digits = Number.isInteger(Math.round(value * 100) / 100) ? 0 : 2;
  const number = formatNumber(Math.abs(value), language, digits);
  const sign = value < 0 ? "-" : "";
  return language === "en" ? `${sign}$${number}` : `${sign}${number}${NBSP}$`;
}

/** « 45 % »; « 45% ». Rounded to the unit: a board reads « 33 % », not « 33,333 % ». */
export function formatPercent(value: number, language: Language): string {
  const number = formatNumber(Math.round(value), language);
  return language === "en" ? `${number}%` : `${number}${NBSP}%`;
}
