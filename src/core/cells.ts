/**
 * Cells and grids as Sheets hands them over (`getValues`): strings, numbers, booleans and `Date`s,
 * `""` for an empty cell. Every adapter (Apps Script, .xlsx, .csv) produces exactly this.
 */
import { isoDay } from "./calendar";
import { zonedParts } from "./zone";

export type Cell = string | number | boolean | Date;

/** The most characters Google Sheets keeps in one cell. */
export const MAX_CELL_TEXT = 50_000;
export type Grid = Cell[][];

export interface SheetGrid {
  name: string;
  values: Grid;
}

/** A workbook as plain data. `timeZone` is the spreadsheet's: the zone its date cells are read in. */
export interface WorkbookGrid {
  sheets: SheetGrid[];
  timeZone: string;
}

export function isEmptyCell(cell: Cell | undefined | null): boolean {
  return cell === undefined || cell === null || (typeof cell === "string" && cell.trim() === "");
}

export function isEmptyRow(row: readonly Cell[]): boolean {
  return row.every(isEmptyCell);
}

/** The calendar date a `Date` cell shows in the spreadsheet's time zone, as "YYYY-MM-DD". */
export function dateInZone(date: Date, timeZone: string): string {
  const { year, month, day } = zonedParts(date, timeZone);
  return isoDay(year, month, day);
}

/** A cell as the text a person reads in it; dates as "YYYY-MM-DD" in the spreadsheet's zone. */
export function cellText(cell: Cell | undefined | null, timeZone: string): string {
  if (cell === undefined || cell === null) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : dateInZone(cell, timeZone);
  return String(cell).trim();
}

/** Pads every row to the same width: `setValues` accepts only exact rectangles. */
export function rectangular(rows: Cell[][], width?: number): Grid {
  const w = width ?? rows.reduce((max, row) => Math.max(max, row.length), 0);
  return rows.map((row) =>
    row.length >= w ? row.slice(0, w) : [...row, ...Array<Cell>(w - row.length).fill("")],
  );
}
