/**
 * Reading sheets with as few round trips as possible: a sheet's content is one `getSheetValues`
 * from A1 to its last row and column with content, whatever its number of rows.
 */
import type { SheetGrid, WorkbookGrid } from "../core/cells";
import type { DeadlineContext } from "../core/deadline";
import type { Language } from "../core/model";
import { deadlineContext } from "../core/pipeline";
import { SETTINGS_SHEET, type SheetSpec } from "../core/sheets/columns";
import { specNames } from "../core/sheets/identify";
import { readCanonicalPlan } from "../core/sheets/read";
import type { Sheet, Spreadsheet } from "./env";

export interface SheetData {
  sheet: Sheet;
  grid: SheetGrid;
}

/** Every value of a sheet; [] for an empty sheet (for which Apps Script refuses the empty block). */
export function sheetValues(sheet: Sheet): SheetGrid["values"] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch (error) {
    if (sheet.getLastRow() === 0) return [];
    throw error;
  }
}

export function readSheetData(sheet: Sheet, name: string): SheetData {
  return { sheet, grid: { name, values: sheetValues(sheet) } };
}

/**
 * A canonical sheet by name (core/sheets/identify.ts's specNames: « Actions (Boussole) » where a
 * board's own « Actions » took the plain name, else the French name, else the English one); null
 * when none exists.
 */
export function sheetBySpec(
  spreadsheet: Spreadsheet,
  spec: SheetSpec,
): { sheet: Sheet; name: string } | null {
  for (const name of specNames(spec)) {
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) return { sheet, name };
  }
  return null;
}

export function readSpec(spreadsheet: Spreadsheet, spec: SheetSpec): SheetData | null {
  const found = sheetBySpec(spreadsheet, spec);
  return found ? readSheetData(found.sheet, found.name) : null;
}

/** The canonical sheets that exist, as a workbook for the pure core. */
export function readSpecs(
  spreadsheet: Spreadsheet,
  specs: readonly SheetSpec[],
  timeZone: string,
): WorkbookGrid {
  const sheets = specs.flatMap((spec) => {
    const data = readSpec(spreadsheet, spec);
    return data ? [data.grid] : [];
  });
  return { sheets, timeZone };
}

export function asWorkbook(data: readonly SheetData[], timeZone: string): WorkbookGrid {
  return { sheets: data.map((d) => d.grid), timeZone };
}

/** What an échéance is read against (the exercice, the plan's period): Paramètres alone, one read. */
export function readDeadlineContext(
  spreadsheet: Spreadsheet,
  timeZone: string,
  language: Language,
): DeadlineContext {
  const { plan } = readCanonicalPlan(readSpecs(spreadsheet, [SETTINGS_SHEET], timeZone), language);
  return deadlineContext(plan, timeZone);
}
