/**
 * The one place that decides how Boussole writes a cell. Sheets reads every string given to
 * `setValues` as if a person typed it: « =IMPORTXML(…) » becomes a live formula, « 007 » the
 * number 7, « 2020-03-15 » a date, « +15 % » a number, « 'cité » loses its apostrophe. So user
 * text is written into cells formatted as plain text ("@"), where Sheets keeps it as is; days are
 * written as `Date`s with a date format; formulas only for the add-on's own.
 * Number formats and values are queued together, with no read: one round trip.
 */

import { dayParts, isValidIsoDate } from "../core/calendar";
import type { Cell } from "../core/cells";
import type { IsoDate } from "../core/model";
import { zonedInstant } from "../core/zone";
import type { Range, Sheet } from "./env";

export type CellWrite =
  | { kind: "text"; text: string } // user text: stored exactly as typed, never converted
  | { kind: "number"; value: number; format?: string } // without a format, the cell's own stays
  | { kind: "date"; date: Date } // a day, shown as a date in the spreadsheet's zone
  | { kind: "boolean"; value: boolean }
  | { kind: "formula"; formula: string } // only the add-on's OWN formulas, never user text
  | { kind: "empty"; format?: string }; // format: the cell's own, kept (so a block needs one call)

/** Sheets' plain-text format: a string written there stays the string. */
export const TEXT_FORMAT = "@";
/** How Boussole shows a day: the ISO order the whole plan uses. */
export const DATE_FORMAT = "yyyy-mm-dd";
/** The format Sheets reports for a cell left automatic: a formula is never read as text there. */
export const AUTOMATIC_FORMAT = "0.###############";

export const EMPTY: CellWrite = { kind: "empty" };

/** The number format a write needs, or null when the cell's own format may stay. */
function formatOf(cell: CellWrite): string | null {
  switch (cell.kind) {
    case "text":
      return TEXT_FORMAT;
    case "date":
      return DATE_FORMAT;
    case "number":
    case "empty":
      return cell.format ?? null;
    case "formula":
      return AUTOMATIC_FORMAT;
    default:
      return null;
  }
}

function rawValue(cell: CellWrite): Cell {
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "date":
      return cell.date;
    case "number":
    case "boolean":
      return cell.value;
    case "formula":
      return cell.formula;
    default:
      return "";
  }
}

/**
 * Writes a rectangular block: number formats first (one call for the whole block when every cell
 * needs one, otherwise one per run of such cells in a row), then the values in one `setValues`.
 * All queued, no read.
 */
export function writeCells(range: Range, cells: CellWrite[][]): void {
  const formats = cells.map((row) => row.map(formatOf));
  if (formats.every((row) => row.every((format) => format !== null))) {
    range.setNumberFormats(formats as string[][]);
  } else {
    const [sheet, top, left] = [range.getSheet(), range.getRow(), range.getColumn()];
    formats.forEach((row, r) => {
      const needed = row.flatMap((format, c) => (format === null ? [] : [c]));
      for (const run of consecutiveRuns(needed)) {
        sheet
          .getRange(top + r, left + run[0], 1, run.length)
          .setNumberFormats([run.map((c) => row[c] as string)]);
      }
    });
  }
  range.setValues(cells.map((row) => row.map(rawValue)));
}

/** A core cell as the write it means: strings as text, never as something Sheets would parse. */
export function cellWrite(cell: Cell): CellWrite {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? EMPTY : { kind: "date", date: cell };
  if (typeof cell === "number") return { kind: "number", value: cell };
  if (typeof cell === "boolean") return { kind: "boolean", value: cell };
  return cell === "" ? EMPTY : { kind: "text", text: cell };
}

/** A day ("YYYY-MM-DD") as a date cell: midnight in the spreadsheet's time zone. */
export function dayWrite(day: IsoDate, timeZone: string): CellWrite {
  const { year, month, day: date } = dayParts(day);
  return {
    kind: "date",
    date: zonedInstant({ year, month, day: date, hour: 0, minute: 0, second: 0 }, timeZone),
  };
}

/** A day ("YYYY-MM-DD") as a date cell; any other cell as `cellWrite` gives it ("" → empty). */
export function dayCell(value: Cell, timeZone: string): CellWrite {
  return typeof value === "string" && isValidIsoDate(value) ? dayWrite(value, timeZone) : cellWrite(value);
}

/**
 * Writes some cells of one row, keyed by 1-based column: one `writeCells` per run of adjacent
 * columns, so the cells between them are never rewritten.
 */
export function writeRowCells(sheet: Sheet, row: number, cells: ReadonlyMap<number, CellWrite>): void {
  for (const run of consecutiveRuns([...cells.keys()].sort((a, b) => a - b))) {
    const writes = run.map((column) => cells.get(column) as CellWrite);
    writeCells(sheet.getRange(row, run[0], 1, run.length), [writes]);
  }
}

/** The same down one column, keyed by 1-based row. */
export function writeColumnCells(sheet: Sheet, column: number, cells: ReadonlyMap<number, CellWrite>): void {
  for (const run of consecutiveRuns([...cells.keys()].sort((a, b) => a - b))) {
    const writes = run.map((row) => [cells.get(row) as CellWrite]);
    writeCells(sheet.getRange(run[0], column, run.length, 1), writes);
  }
}

/** Sorted integers split into runs of consecutive ones: [1, 2, 4] → [[1, 2], [4]]. */
function consecutiveRuns(sorted: readonly number[]): number[][] {
  const found: number[][] = [];
  for (const n of sorted) {
    const last = found[found.length - 1];
    if (last && last[last.length - 1] + 1 === n) last.push(n);
    else found.push([n]);
  }
  return found;
}
