/**
 * The Actions sheet as a table located by header names: where each known column is, which row
 * holds which code, and how to build a row for a new action without touching the user's columns.
 */
import { type Cell, cellText, isEmptyRow } from "../cells";
import { ACTIONS_SHEET, type FieldOf, mapHeader, matchesName, PLANNED_END_COLUMN } from "./columns";

export type ActionField = FieldOf<typeof ACTIONS_SHEET>;

export interface ActionsTable {
  /** 1-based row of the header in the sheet. */
  headerRow: number;
  header: string[];
  columns: Map<ActionField, number>;
  /** 0-based index of the « Fin prévue » column, when there is one. */
  plannedEnd: number | null;
  values: Cell[][];
  timeZone: string;
}

/** Null when the sheet has no header row. */
export function actionsTable(values: Cell[][], timeZone: string): ActionsTable | null {
  const headerIndex = values.findIndex((row) => !isEmptyRow(row));
  if (headerIndex < 0) return null;
  const header = values[headerIndex].map((cell) => cellText(cell, timeZone));
  const { fields } = mapHeader(header, ACTIONS_SHEET);
  const plannedEnd = header.findIndex((text) => matchesName(text, PLANNED_END_COLUMN));
  return {
    headerRow: headerIndex + 1,
    header,
    columns: fields,
    plannedEnd: plannedEnd < 0 ? null : plannedEnd,
    values,
    timeZone,
  };
}

export function cellOf(table: ActionsTable, row: number, field: ActionField): Cell {
  const index = table.columns.get(field);
  return index === undefined ? "" : (table.values[row - 1]?.[index] ?? "");
}

export function codeAt(table: ActionsTable, row: number): string {
  return cellText(cellOf(table, row, "code"), table.timeZone);
}

/** Sheet rows (1-based) below the header that hold something. */
export function dataRows(table: ActionsTable): number[] {
  const rows: number[] = [];
  for (let row = table.headerRow + 1; row <= table.values.length; row++) {
    if (!isEmptyRow(table.values[row - 1])) rows.push(row);
  }
  return rows;
}

export function codesOf(table: ActionsTable): string[] {
  return dataRows(table).map((row) => codeAt(table, row));
}

export function rowOfCode(table: ActionsTable, code: string): number | null {
  return dataRows(table).find((row) => codeAt(table, row) === code) ?? null;
}

/** The row after the last one holding anything (never inside the table). */
export function nextFreeRow(table: ActionsTable): number {
  return Math.max(table.values.length, table.headerRow) + 1;
}

/**
 * A full-width row: known fields in their columns, « Fin prévue » in its own, the user's columns
 * `empty`. Generic so that an adapter can build the row as the writes it will make.
 */
export function buildRow<T>(
  table: ActionsTable,
  fields: Partial<Record<ActionField, T>>,
  plannedEnd: T,
  empty: T,
): T[] {
  const row: T[] = table.header.map(() => empty);
  for (const [field, index] of table.columns) row[index] = fields[field] ?? empty;
  if (table.plannedEnd !== null) row[table.plannedEnd] = plannedEnd;
  return row;
}
