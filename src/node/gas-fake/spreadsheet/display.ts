/**
 * `getDisplayValues`: a cell as the text Sheets shows, in the spreadsheet's locale and time zone.
 * Supported number formats: automatic, plain text "@", fixed decimals ("0", "0.00", "#,##0.00"),
 * with a currency symbol before or after ("$#,##0.00", "#,##0.00 $"), percentages ("0%", "0.0%")
 * and date patterns built from y, m, d, h, s (e.g. "yyyy-mm-dd"; "mmmm" is the month's name).
 * Automatic numbers show up to 10 significant digits with the locale's decimal mark; automatic
 * dates show as yyyy-mm-dd (M/d/yyyy in en_US), with the time when it is not midnight.
 */
import type { Cell } from "../../../core/cells";
import { type ZonedParts, zonedParts } from "../../../core/zone";
import { isFrench, TEXT_FORMAT } from "./input";

export function displayValue(value: Cell, numberFormat: string, locale: string, timeZone: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return booleanText(value, locale);
  if (value instanceof Date) return displayDate(value, numberFormat, locale, timeZone);
  return displayNumber(value, numberFormat, locale);
}

function booleanText(value: boolean, locale: string): string {
  if (isFrench(locale)) return value ? "VRAI" : "FAUX";
  return value ? "TRUE" : "FALSE";
}

function isDatePattern(format: string): boolean {
  return /[ydhs]/i.test(format.replace(/"[^"]*"/g, "")) && !/[0#]/.test(format);
}

function displayDate(date: Date, format: string, locale: string, timeZone: string): string {
  const parts = zonedParts(date, timeZone);
  if (isDatePattern(format)) return formatDatePattern(parts, format, locale);
  const day = locale === "en_US" ? "M/d/yyyy" : "yyyy-mm-dd";
  const midnight = parts.hour === 0 && parts.minute === 0 && parts.second === 0;
  return formatDatePattern(parts, midnight ? day : `${day} hh:mm:ss`, locale);
}

function monthName(month: number, locale: string, width: "long" | "short"): string {
  const date = new Date(Date.UTC(2000, month - 1, 1));
  return new Intl.DateTimeFormat(locale.replace("_", "-"), { month: width, timeZone: "UTC" }).format(date);
}

/** Sheets date tokens: y, m (minutes right after an h), d, h, s; "quoted" text is literal. */
function formatDatePattern(p: ZonedParts, pattern: string, locale: string): string {
  let afterHour = false;
  return pattern.replace(/"([^"]*)"|y+|m+|d+|h+|s+/gi, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    const kind = token[0].toLowerCase();
    const pad = (n: number) => String(n).padStart(Math.min(token.length, 2), "0");
    if (kind === "y") return token.length <= 2 ? String(p.year % 100).padStart(2, "0") : String(p.year);
    if (kind === "h") {
      afterHour = true;
      return pad(p.hour);
    }
    if (kind === "m") {
      const minutes = afterHour;
      afterHour = false;
      if (!minutes && token.length >= 3)
        return monthName(p.month, locale, token.length === 3 ? "short" : "long");
      return pad(minutes ? p.minute : p.month);
    }
    if (kind === "s") return pad(p.second);
    return pad(p.day);
  });
}

function displayNumber(n: number, format: string, locale: string): string {
  const decimalMark = isFrench(locale) ? "," : ".";
  const fixed = /^([^#0]*)(#,##)?0(?:\.(0+))?(%?)([^#0]*)$/.exec(format);
  if (format === TEXT_FORMAT || !fixed) {
    return String(Number(n.toPrecision(10))).replace(".", decimalMark);
  }
  const [, prefix, grouped, decimals, percent, suffix] = fixed;
  const text = (percent ? n * 100 : n).toFixed(decimals?.length ?? 0);
  const [whole, fraction] = text.split(".");
  const groupMark = isFrench(locale) ? "\u00a0" : ",";
  const wholeText = grouped ? whole.replace(/\B(?=(\d{3})+$)/g, groupMark) : whole;
  return `${prefix}${wholeText}${fraction ? decimalMark + fraction : ""}${percent}${suffix}`;
}
