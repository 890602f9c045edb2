/**
 * Cells longer than Google Sheets can hold (50,000 characters: « Your input contains more than the
 * maximum of 50000 characters in a single cell »). A local file keeps such a text whole; the
 * warning says that it cannot go into Google Sheets as it is, and where it is.
 */
import { columnLetters } from "../a1";
import { cellText, isEmptyRow, MAX_CELL_TEXT, type WorkbookGrid } from "../cells";
import { messages } from "../i18n";
import type { Language, Problem } from "../model";
import { problem } from "./context";

export function validateCellLengths(workbook: WorkbookGrid, language: Language): Problem[] {
  const text = messages(language).validation;
  const problems: Problem[] = [];
  for (const sheet of workbook.sheets) {
    // The column is named by its header, as other problems name it, when the first row has one.
    const header = sheet.values.find((row) => !isEmptyRow(row)) ?? [];
    // Plain loops: every cell of the workbook passes here, on every load.
    for (let r = 0; r < sheet.values.length; r++) {
      const row = sheet.values[r];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (typeof cell !== "string" || cell.length <= MAX_CELL_TEXT) continue;
        const name = header[c] === undefined ? "" : cellText(header[c], workbook.timeZone).trim();
        problems.push(
          problem("warning", "cell.tooLong", text.cellTooLong(cell.length, MAX_CELL_TEXT), {
            sheet: sheet.name,
            row: r + 1,
            column: name && header !== row ? name : columnLetters(c + 1),
          }),
        );
      }
    }
  }
  return problems;
}
