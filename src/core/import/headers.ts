/** Header rows: recognizing them among other rows, and mapping each column to a field. */
import { collapseSpaces } from "../text";
import { type Field, fieldOfHeader, isPeriodHeader } from "./synonyms";

/** One non-empty cell of a row: its 0-based column, its text as read, its raw value. */
export interface RowCell {
  index: number;
  text: string;
  raw: unknown;
}

export type ColumnRole = Field | "period" | "extra";

export interface Column {
  index: number;
  /** The header as written, collapsed: the key of extra fields and the name in problems. */
  header: string;
  role: ColumnRole;
}

export interface ColumnMap {
  /** 0-based row of the header (the first one, when a year row extends it). */
  row: number;
  columns: Map<number, Column>;
  /** The columns feeding each role, in sheet order. */
  byRole: Map<ColumnRole, Column[]>;
}

const MAX_HEADER_LENGTH = 80;

function roleOf(cell: RowCell): ColumnRole | null {
  if (typeof cell.raw === "number") return isPeriodHeader(cell.text) ? "period" : null;
  if (typeof cell.raw !== "string" || cell.text.length > MAX_HEADER_LENGTH) return null;
  return fieldOfHeader(cell.text) ?? (isPeriodHeader(cell.text) ? "period" : null);
}

/**
 * The row as a header, or null. A header names at least two known columns (fields, or two year
 * columns or more), most of its cells are known names, and at least one is a field other than a
 * year. `strict` (right under a table's rows, where a data row could pass): every cell must be a
 * known name. Unknown cells become extra columns (kept under their header text).
 */
export function readHeaderRow(cells: readonly RowCell[], row: number, strict = false): ColumnMap | null {
  if (cells.length < 2 || cells.some((cell) => cell.text.length > MAX_HEADER_LENGTH)) return null;
  // Most rows are data: stop at the first unknown cell that already rules the row out.
  const allowedUnknown = strict ? 0 : Math.floor(cells.length / 2);
  const roles: (ColumnRole | null)[] = [];
  let unknown = 0;
  for (const cell of cells) {
    const role = roleOf(cell);
    roles.push(role);
    if (role === null && ++unknown > allowedUnknown) return null;
  }
  const fields = roles.filter((role) => role !== null && role !== "period").length;
  const periods = roles.filter((role) => role === "period").length;
  // A lone year is more likely a deadline in a data row than a year column.
  const known = fields + (periods >= 2 ? periods : 0);
  if (fields === 0 || known < 2 || known * 2 < cells.length || (strict && known < cells.length)) return null;
  const columns = new Map<number, Column>();
  const used = new Set<string>();
  cells.forEach((cell, i) => {
    const header = uniqueHeader(collapseSpaces(cell.text), used);
    columns.set(cell.index, { index: cell.index, header, role: roles[i] ?? "extra" });
  });
  return indexRoles({ row, columns, byRole: new Map() });
}

/** Two columns with the same header stay two extra fields: « Notes », « Notes (2) ». */
function uniqueHeader(header: string, used: Set<string>): string {
  let candidate = header;
  for (let n = 2; used.has(candidate); n++) candidate = `${header} (${n})`;
  used.add(candidate);
  return candidate;
}

/**
 * A row of years under a header (« Échéancier » merged above « 2011 | 2012 | 2013 »): the year
 * columns replace whatever the merged cell above had mapped there. Returns whether it applied.
 */
export function extendWithPeriods(map: ColumnMap, cells: readonly RowCell[]): boolean {
  if (cells.length === 0 || !cells.every((cell) => isPeriodHeader(cell.text))) return false;
  for (const cell of cells) {
    map.columns.set(cell.index, { index: cell.index, header: collapseSpaces(cell.text), role: "period" });
  }
  indexRoles(map);
  return true;
}

function indexRoles(map: ColumnMap): ColumnMap {
  map.byRole.clear();
  const ordered = [...map.columns.values()].sort((a, b) => a.index - b.index);
  for (const column of ordered) {
    const list = map.byRole.get(column.role) ?? [];
    list.push(column);
    map.byRole.set(column.role, list);
  }
  return map;
}

/** 0-based column → « A », « Z », « AA ». */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
