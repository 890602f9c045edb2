/**
 * Filling an action from the cells of its row: every mapped column to its field, unknown columns
 * to `extra` under their header, and values that cannot be read kept in `extra` with a problem.
 */
import type { Action, Extras, ExtraValue } from "../model";
import { parseBudget, parseDay, parseProgress, parseStatus } from "../values";
import type { Column, ColumnRole, RowCell } from "./headers";
import { isPeriodMark } from "./values";

export interface Entry {
  column: Column;
  cell: RowCell;
}

/** What filling needs from the structurer: where to record sources, problems and leftovers. */
export interface FillSink {
  source(action: Action, field: string, column: Column): void;
  /** The extra column a value that could not be read is kept under, beside the canonical one. */
  original(header: string): string;
  warn(code: "unknownStatus" | "invalidProgress" | "invalidDate", text: string, column: Column): void;
  conflict(cell: RowCell): void;
}

type TextField = "description" | "partners" | "indicators" | "expectedResult" | "notes";
const TEXT_FIELDS = new Set<ColumnRole>(["description", "partners", "indicators", "expectedResult", "notes"]);

export function appendText(previous: string | null, text: string, separator = "\n"): string {
  return previous ? `${previous}${separator}${text}` : text;
}

export function appendExtra(extra: Extras, key: string, value: ExtraValue): void {
  const previous = extra[key];
  extra[key] =
    previous === undefined || previous === null || previous === "" ? value : `${previous}\n${value}`;
}

/** A number cell as its number (percent cells are fractions), anything else as its text. */
function numberOr(cell: RowCell): number | string {
  return typeof cell.raw === "number" ? cell.raw : cell.text;
}

/** A raw cell as an extra value: dates as their day (the text), everything else as is. */
function extraValue(cell: RowCell): ExtraValue {
  return typeof cell.raw === "number" || typeof cell.raw === "boolean" ? cell.raw : cell.text;
}

/**
 * Fills the action's fields from the row's entries (title, code and description are the
 * caller's). With `append` (a continuation row), texts are added below what is there, and a
 * single-valued field already filled is reported as a conflict instead of overwritten.
 */
export function fillAction(action: Action, entries: readonly Entry[], sink: FillSink, append: boolean): void {
  for (const { column, cell } of entries) {
    const role = column.role;
    if (TEXT_FIELDS.has(role)) {
      const field = role as TextField;
      action[field] = append ? appendText(action[field], cell.text) : cell.text;
    } else if (role === "owners") {
      action.ownersText = appendText(action.ownersText, cell.text);
    } else if (role === "deadline") {
      action.deadline = { ...action.deadline, text: appendText(action.deadline.text, cell.text, " ") };
    } else if (role === "period") {
      fillPeriod(action, column, cell);
    } else if (role === "extra") {
      appendExtra(action.extra, column.header, extraValue(cell));
      sink.source(action, `extra:${column.header}`, column);
      continue;
    } else if (!fillSingle(action, role, column, cell, sink, append)) {
      continue;
    }
    sink.source(action, role, column);
  }
}

/** Status, progress, budget, last update: one value each. Returns whether the field was set. */
function fillSingle(
  action: Action,
  role: ColumnRole,
  column: Column,
  cell: RowCell,
  sink: FillSink,
  append: boolean,
): boolean {
  const current =
    role === "lastUpdate" ? action.lastUpdate : action[role as "status" | "progress" | "budget"];
  if (append && current !== null && current !== undefined) {
    sink.conflict(cell);
    return false;
  }
  if (role === "status") {
    const status = parseStatus(cell.text);
    const progress = status ? null : parseProgress(numberOr(cell), "upToOne");
    if (status) action.status = status;
    else if (progress !== null && progress !== undefined && /\d/.test(cell.text)) action.progress = progress;
    else return keep(action, column, cell, sink, "unknownStatus");
  } else if (role === "progress") {
    const progress = parseProgress(numberOr(cell), "upToOne");
    if (progress === null || progress === undefined)
      return keep(action, column, cell, sink, "invalidProgress");
    action.progress = progress;
  } else if (role === "budget") {
    action.budget = parseBudget(numberOr(cell));
  } else if (role === "lastUpdate") {
    const day = parseDay(cell.text);
    if (day === null || day === undefined) return keep(action, column, cell, sink, "invalidDate");
    action.lastUpdate = day;
  }
  return true;
}

/**
 * A value that cannot be read stays in `extra`, with a problem, under « Statut (gardé tel quel) »:
 * never under the header itself, which is the canonical column's name (the name the canonical
 * writer gives such a value too, so that the plan and its workbook agree).
 */
function keep(
  action: Action,
  column: Column,
  cell: RowCell,
  sink: FillSink,
  code: "unknownStatus" | "invalidProgress" | "invalidDate",
): boolean {
  const name = sink.original(column.header);
  appendExtra(action.extra, name, extraValue(cell));
  sink.source(action, `extra:${name}`, column);
  sink.warn(code, cell.text, column);
  return true;
}

/** « X » under « 2012 » → period "2012"; any other text is kept too, under the year. */
function fillPeriod(action: Action, column: Column, cell: RowCell): void {
  const mark = isPeriodMark(cell.raw, cell.text);
  if (mark === false) return;
  if (!action.periods.includes(column.header)) action.periods.push(column.header);
  if (mark === null) appendExtra(action.extra, column.header, cell.text);
}
