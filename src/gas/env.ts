/**
 * The few facts every entry point needs from Apps Script: the active spreadsheet, the language of
 * its people, today in its time zone. Functions only: nothing here runs at load time.
 */
import { dateInZone } from "../core/cells";
import type { IsoDate, Language } from "../core/model";

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;

/** Thrown when no spreadsheet is active; entry points turn it into a plain message. */
export class NoSpreadsheetError extends Error {}

export function activeSpreadsheet(): Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new NoSpreadsheetError("no active spreadsheet");
  return spreadsheet;
}

/** French unless the spreadsheet's locale is another language (« fr_CA », « fr » → French). */
export function localeLanguage(locale: string | null | undefined): Language {
  return !locale || locale.toLowerCase().startsWith("fr") ? "fr" : "en";
}

export function languageOf(spreadsheet: Spreadsheet): Language {
  return localeLanguage(spreadsheet.getSpreadsheetLocale());
}

export function todayIn(timeZone: string): IsoDate {
  return dateInZone(new Date(), timeZone);
}
