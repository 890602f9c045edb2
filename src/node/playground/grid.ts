/** The workbook as the playground page draws it: the text each cell shows, its background and note. */
import type { SpreadsheetModel } from "../gas-fake";
import { displayValue } from "../gas-fake/spreadsheet/display";
import type { GridSheet } from "./protocol";

export function gridSheets(model: SpreadsheetModel): GridSheet[] {
  // Hidden sheets have no tab, as in Sheets.
  return model.sheets
    .filter((sheet) => !sheet.hidden)
    .map((sheet) => {
      const snapshot = sheet.snapshot();
      const formats = snapshot.numberFormats ?? [];
      return {
        name: snapshot.name,
        rows: snapshot.values.map((row, r) =>
          row.map((value, c) => displayValue(value, formats[r]?.[c] ?? "", model.locale, model.timeZone)),
        ),
        notes: snapshot.notes ?? [],
        backgrounds: (snapshot.backgrounds ?? []).map((row) =>
          row.map((color) => (color === "#ffffff" ? "" : color)),
        ),
        bold: (snapshot.fontWeights ?? []).map((row) => row.map((weight) => weight === "bold")),
        frozenRows: snapshot.frozenRows ?? 0,
        columnWidths: snapshot.columnWidths ?? {},
      };
    });
}
