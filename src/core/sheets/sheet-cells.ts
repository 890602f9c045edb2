/**
 * What Structurer writes, cell by cell, as the kind of value each cell must hold: the adapters
 * (Apps Script's safe cell writer, the .xlsx writer) write each kind the same way, so that text
 * stays text (never read as a number, date or formula), and days are real dates. Only the cells
 * that differ from what a sheet holds are written, in blocks.
 */

import { dayParts } from "../calendar";
import { type Cell, cellText, dateInZone } from "../cells";
import type { IsoDate } from "../model";
import { parseDateCell } from "../values";
import { zonedInstant } from "../zone";

export type SheetCell =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  /** A day, written as a date at midnight in the spreadsheet's time zone. */
  | { kind: "date"; day: IsoDate }
  | { kind: "boolean"; value: boolean }
  | { kind: "empty" };

/**
 * Inside a block to write, a cell Boussole does not change: the adapter writes back what the sheet
 * holds there, its formula if it has one (a person's own), else its value.
 */
export type BlockCell = SheetCell | { kind: "kept" };

/** A rectangle of cells to write; row and column are 1-based. */
export interface WriteBlock {
  row: number;
  column: number;
  cells: BlockCell[][];
}

export const EMPTY_CELL: SheetCell = { kind: "empty" };

/** A cell as read (`getValues`) as the same content to write. */
export function sheetCell(cell: Cell | undefined, timeZone: string): SheetCell {
  if (cell instanceof Date) {
    const day = cellText(cell, timeZone);
    return day === "" ? EMPTY_CELL : { kind: "date", day };
  }
  if (typeof cell === "number") return { kind: "number", value: cell };
  if (typeof cell === "boolean") return { kind: "boolean", value: cell };
  if (cell === undefined || cell === "") return EMPTY_CELL;
  return { kind: "text", text: cell };
}

/** A cell of a date column: a day written as text (« 2026-03-31 », « 31/03/2026 ») becomes a date. */
export function dayCell(cell: Cell | undefined, timeZone: string): SheetCell {
  if (typeof cell === "string" && cell.trim() !== "") {
    const day = parseDateCell(cell, timeZone);
    if (day) return { kind: "date", day };
  }
  return sheetCell(cell, timeZone);
}

/** The value a cell of this kind holds once written (a date as its instant in `timeZone`). */
export function cellValue(cell: SheetCell, timeZone: string): Cell {
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "number":
    case "boolean":
      return cell.value;
    case "date": {
      const { year, month, day } = dayParts(cell.day);
      return zonedInstant({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone);
    }
    default:
      return "";
  }
}

/** True when the sheet already holds this content, of this kind, in this cell. */
export function holds(existing: Cell | undefined, cell: SheetCell, timeZone: string): boolean {
  switch (cell.kind) {
    case "text":
      return existing === cell.text;
    case "number":
    case "boolean":
      return existing === cell.value;
    case "date":
      return existing instanceof Date && dateInZone(existing, timeZone) === cell.day;
    default:
      return existing === undefined || existing === "";
  }
}

/**
 * The blocks that bring `before` to `after`: one per run of adjacent columns holding a change,
 * from its first to its last changed row (a number of blocks bounded by the columns, whatever the
 * number of rows). Unchanged cells inside a block are `kept`.
 */
export function changedBlocks(
  before: readonly (readonly Cell[])[],
  after: readonly (readonly SheetCell[])[],
  timeZone: string,
): WriteBlock[] {
  const rowsOf = new Map<number, { top: number; bottom: number }>();
  const changed = new Set<string>();
  after.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (holds(before[r]?.[c], cell, timeZone)) return;
      changed.add(`${r}:${c}`);
      const span = rowsOf.get(c);
      rowsOf.set(
        c,
        span ? { top: Math.min(span.top, r), bottom: Math.max(span.bottom, r) } : { top: r, bottom: r },
      );
    });
  });
  const columns = [...rowsOf.keys()].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] + 1 === c) last.push(c);
    else runs.push([c]);
  }
  return runs.map((run) => {
    const spans = run.map((c) => rowsOf.get(c) ?? { top: 0, bottom: 0 });
    const top = Math.min(...spans.map((s) => s.top));
    const bottom = Math.max(...spans.map((s) => s.bottom));
    const cells = after
      .slice(top, bottom + 1)
      .map((row, r) =>
        run.map((c): BlockCell => (changed.has(`${top + r}:${c}`) ? row[c] : { kind: "kept" })),
      );
    return { row: top + 1, column: run[0] + 1, cells };
  });
}
