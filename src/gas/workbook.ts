/**
 * The active spreadsheet as plain data, and back. One `getValues` per sheet read, one exactly
 * rectangular `setValues` per sheet written: the cost of an operation does not grow with its rows.
 */
import { rectangular, type SheetGrid, type WorkbookGrid } from "../core/cells";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Reads the named sheets (all of them when no names are given), in the spreadsheet's time zone. */
export function readWorkbook(spreadsheet: Spreadsheet, names?: readonly string[]): WorkbookGrid {
  const sheets = names
    ? names.flatMap((name) => {
        const sheet = spreadsheet.getSheetByName(name);
        return sheet ? [sheet] : [];
      })
    : spreadsheet.getSheets();
  return { sheets: sheets.map(readSheet), timeZone: spreadsheet.getSpreadsheetTimeZone() };
}

export function readSheet(sheet: Sheet): SheetGrid {
  return { name: sheet.getName(), values: sheet.getDataRange().getValues() };
}

/**
 * Writes a sheet's whole grid at once, creating the sheet when missing. Rows and columns that the
 * sheet had beyond the new grid are blanked in the same write, so nothing stale is left behind.
 */
export function writeSheet(spreadsheet: Spreadsheet, grid: SheetGrid, previous?: SheetGrid): Sheet {
  const sheet = spreadsheet.getSheetByName(grid.name) ?? spreadsheet.insertSheet(grid.name);
  const oldHeight = previous?.values.length ?? 0;
  const oldWidth = previous?.values.reduce((w, row) => Math.max(w, row.length), 0) ?? 0;
  const width = Math.max(
    oldWidth,
    grid.values.reduce((w, row) => Math.max(w, row.length), 0),
    1,
  );
  const rows = [...grid.values];
  while (rows.length < oldHeight) rows.push([]);
  if (rows.length > 0) sheet.getRange(1, 1, rows.length, width).setValues(rectangular(rows, width));
  return sheet;
}
