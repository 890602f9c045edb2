/**
 * « Fin prévue » and « Mise à jour » hold days, and the « late » rule compares them with TODAY()
 * (ISNUMBER): only a real date cell counts. Which of their cells must be written again, as dates.
 */
import { type Cell, cellText, isEmptyCell } from "../cells";
import { dueDate } from "../deadline";
import type { Deadline, IsoDate } from "../model";
import { parseDay } from "../values";
import { type ActionsTable, cellOf, dataRows } from "./actions-table";

/** A column to repair: its 0-based index, and per 1-based row the day it must hold ("" empty). */
export interface DayColumnFix {
  column: number;
  days: Map<number, IsoDate | "">;
}

/** An échéance cell → its computed end (the pipeline's parser: each text is parsed once). */
export type DeadlineEnd = (cell: Cell) => Pick<Deadline, "kind" | "end">;

export function dayColumnFixes(table: ActionsTable, parse: DeadlineEnd): DayColumnFix[] {
  const fixes: DayColumnFix[] = [];
  const deadline = table.columns.get("deadline");
  if (table.plannedEnd !== null && deadline !== undefined) {
    const column = table.plannedEnd;
    fixes.push({ column, days: plannedEndFixes(table, column, parse) });
  }
  const lastUpdate = table.columns.get("lastUpdate");
  if (lastUpdate !== undefined) fixes.push({ column: lastUpdate, days: textDayFixes(table, lastUpdate) });
  return fixes.filter((fix) => fix.days.size > 0);
}

/** Rows whose « Fin prévue » is not the échéance's due day as a date cell. */
function plannedEndFixes(table: ActionsTable, column: number, parse: DeadlineEnd): Map<number, IsoDate | ""> {
  const days = new Map<number, IsoDate | "">();
  for (const row of dataRows(table)) {
    // The due day, as the core's « late » rule has it (src/core/deadline/late.ts): none for
    // « En continu », so that the late format and the « Tableau de bord » never call it late.
    const end = dueDate(parse(cellOf(table, row, "deadline"))) ?? "";
    const cell = table.values[row - 1][column] ?? "";
    if (!holdsDay(cell, end, table.timeZone)) days.set(row, end);
  }
  return days;
}

/** Rows where a day is written as text (« 2026-03-15 », « 15/03/2026 »): the day it says. */
function textDayFixes(table: ActionsTable, column: number): Map<number, IsoDate> {
  const days = new Map<number, IsoDate>();
  for (const row of dataRows(table)) {
    const cell = table.values[row - 1][column];
    const day = typeof cell === "string" ? parseDay(cell) : null;
    if (day) days.set(row, day);
  }
  return days;
}

function holdsDay(cell: Cell, day: IsoDate | "", timeZone: string): boolean {
  if (day === "") return isEmptyCell(cell);
  return cell instanceof Date && cellText(cell, timeZone) === day;
}
