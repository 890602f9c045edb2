/**
 * « Depuis le dernier rapport »: the last report's snapshot (code, status, progress per action)
 * lives in a hidden sheet of the spreadsheet. Read before the report is built, replaced after.
 * Written through the cell writer: codes stay text (« 1.10 » never becomes 1.1).
 */
import { type ReportSnapshot, SNAPSHOT_SHEET, snapshotFromRows, snapshotRows } from "../../core/report";
import { type CellWrite, EMPTY, writeCells } from "../cell-writer";
import type { Spreadsheet } from "../env";

/** The stored snapshot (null when there is none or it was edited out of shape) and how many rows it took. */
export function readSnapshot(spreadsheet: Spreadsheet): { previous: ReportSnapshot | null; rows: number } {
  const sheet = spreadsheet.getSheetByName(SNAPSHOT_SHEET);
  if (!sheet) return { previous: null, rows: 0 };
  const values = sheet.getDataRange().getValues();
  return { previous: snapshotFromRows(values), rows: values.length };
}

/** Replaces the snapshot; the rows of a longer previous one are emptied in the same write. */
export function writeSnapshot(
  spreadsheet: Spreadsheet,
  snapshot: ReportSnapshot,
  previousRows: number,
): void {
  let sheet = spreadsheet.getSheetByName(SNAPSHOT_SHEET);
  if (!sheet) {
    sheet = spreadsheet.insertSheet(SNAPSHOT_SHEET);
    sheet.hideSheet();
  }
  const rows: CellWrite[][] = snapshotRows(snapshot).map((row) =>
    row.map(
      (cell): CellWrite =>
        typeof cell === "number"
          ? { kind: "number", value: cell }
          : cell === ""
            ? EMPTY
            : { kind: "text", text: cell },
    ),
  );
  while (rows.length < previousRows) rows.push([EMPTY, EMPTY, EMPTY]);
  writeCells(sheet.getRange(1, 1, rows.length, 3), rows);
}
