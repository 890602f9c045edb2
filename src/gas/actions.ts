/**
 * Adding and updating actions from the sidebar. Each write re-reads the Actions sheet inside the
 * document lock, so that two people adding at once get distinct codes. An add writes its row in
 * one `setValues`; an update writes only the cells it changes (one range per run of adjacent
 * columns). Every cell goes through the cell writer (cell-writer.ts): what a person typed stays
 * the text typed, « Fin prévue » and « Mise à jour » are dates. Reads come before writes, so a
 * write costs four round trips (lock, reads, the queued changes, release).
 */

import { type Cell, cellText, MAX_CELL_TEXT } from "../core/cells";
import { describeDeadline, parseDeadline } from "../core/deadline";
import { type Messages, messages } from "../core/i18n";
import type { Language, Objective, Plan } from "../core/model";
import { deadlineContext } from "../core/pipeline";
import {
  type ActionField,
  type ActionsTable,
  actionsTable,
  buildRow,
  cellOf,
  codeAt,
  codesOf,
  nextFreeRow,
  rowOfCode,
} from "../core/sheets/actions-table";
import {
  ACTIONS_SHEET,
  OBJECTIVES_SHEET,
  referenceCode,
  referenceLabel,
  SETTINGS_SHEET,
} from "../core/sheets/columns";
import { nextActionCode } from "../core/sheets/next-code";
import { PLACEHOLDER_CODE, readCanonicalPlan } from "../core/sheets/read";
import { parseBudget, parseProgress, parseStatus } from "../core/values";
import {
  type CellWrite,
  cellWrite,
  dayCell,
  dayWrite,
  EMPTY,
  writeCells,
  writeRowCells,
} from "./cell-writer";
import type { Sheet, Spreadsheet } from "./env";
import { todayIn } from "./env";
import { withDocumentLock } from "./lock";
import { readSpecs, sheetBySpec, sheetValues } from "./read";
import type { ActionUpdate, ActionView, NewAction, WriteResult } from "./rpc/contract";
import { type FieldError, fail, failure } from "./rpc/parse";

/** The Actions sheet and its table. */
interface ActionsSheet {
  sheet: Sheet;
  table: ActionsTable;
}

function readActionsSheet(spreadsheet: Spreadsheet, timeZone: string): ActionsSheet | null {
  const found = sheetBySpec(spreadsheet, ACTIONS_SHEET);
  if (!found) return null;
  const table = actionsTable(sheetValues(found.sheet), timeZone);
  return table ? { sheet: found.sheet, table } : null;
}

/** Settings and objectives: what checking a new action's échéance and objective needs. */
function readPlanContext(spreadsheet: Spreadsheet, timeZone: string, language: Language): Plan {
  return readCanonicalPlan(readSpecs(spreadsheet, [OBJECTIVES_SHEET, SETTINGS_SHEET], timeZone), language)
    .plan;
}

function findObjective(plan: Plan, code: string): Objective | undefined {
  return plan.orientations
    .flatMap((orientation) => orientation.objectives)
    .find((objective) => objective.code === code && objective.code !== PLACEHOLDER_CODE);
}

/** The échéance as Boussole understood it, or the reason it was not. */
function checkDeadline(text: string, plan: Plan, timeZone: string, language: Language) {
  const parsed = parseDeadline(text, deadlineContext(plan, timeZone));
  const error: FieldError | null =
    parsed.kind === "invalid" ? { field: "deadline", message: describeDeadline(parsed, language) } : null;
  return { end: parsed.end ?? "", error };
}

type Texts = Messages["ui"]["server"];

/**
 * The frame of every write: under the document lock, the Actions sheet freshly read (a plain
 * message when it is missing or the lock is busy), then `write`.
 */
function writeUnderLock(
  spreadsheet: Spreadsheet,
  language: Language,
  write: (actions: ActionsSheet, timeZone: string, texts: Texts) => WriteResult,
): WriteResult {
  const texts = messages(language).ui.server;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return withDocumentLock(
    () => {
      const actions = readActionsSheet(spreadsheet, timeZone);
      return actions ? write(actions, timeZone, texts) : fail(texts.noActionsSheet);
    },
    () => fail(texts.busy),
  );
}

export function addAction(spreadsheet: Spreadsheet, language: Language, input: NewAction): WriteResult {
  return writeUnderLock(spreadsheet, language, (actions, timeZone, texts) => {
    const plan = readPlanContext(spreadsheet, timeZone, language);
    const objective = findObjective(plan, input.objectiveCode.trim());
    const deadline = checkDeadline(input.deadline, plan, timeZone, language);
    const errors: FieldError[] = [];
    if (!objective)
      errors.push({ field: "objectiveCode", message: texts.unknownObjective(input.objectiveCode) });
    if (deadline.error) errors.push(deadline.error);
    if (!objective || errors.length > 0) return failure(errors);
    const { table } = actions;
    const code = nextActionCode(objective.code, codesOf(table));
    const row = nextFreeRow(table);
    const fields: Partial<Record<ActionField, Cell>> = {
      code,
      objective: referenceLabel(objective.code, objective.title),
      title: input.title,
      description: input.description,
      owners: input.owners,
      deadline: input.deadline,
      status: input.status,
      progress: input.progress ?? "",
      budget: input.budget ?? "",
      notes: input.notes,
      lastUpdate: todayIn(timeZone),
    };
    const writes = buildRow(table, fieldWrites(fields, timeZone), dayCell(deadline.end, timeZone), EMPTY);
    // The sheet grows by one row when the new one would fall below its last row.
    const maxRows = actions.sheet.getMaxRows();
    if (row > maxRows) actions.sheet.insertRowsAfter(maxRows, row - maxRows);
    writeCells(actions.sheet.getRange(row, 1, 1, writes.length), [writes]);
    return { ok: true, code, row, message: texts.added(code, row) };
  });
}

export function updateAction(spreadsheet: Spreadsheet, language: Language, input: ActionUpdate): WriteResult {
  return writeUnderLock(spreadsheet, language, (actions, timeZone, texts) => {
    const { table } = actions;
    const row = input.row ?? rowOfCode(table, input.code);
    if (row === null) return fail(texts.actionNotFound(input.code));
    if (codeAt(table, row) !== input.code) return fail(texts.actionMoved(input.code, row));
    // 1-based column → what to write there; only cells whose text changes.
    const changes = new Map<number, CellWrite>();
    const changeAt = (index: number | undefined, value: Cell | undefined, write: CellWrite) => {
      if (value === undefined || index === undefined) return;
      const current = table.values[row - 1]?.[index] ?? "";
      if (cellText(current, timeZone) !== cellText(value, timeZone)) changes.set(index + 1, write);
    };
    const change = (field: ActionField, value: Cell | undefined) =>
      value === undefined
        ? undefined
        : changeAt(table.columns.get(field), value, fieldWrite(field, value, timeZone));
    change("title", input.title);
    change("description", input.description);
    change("owners", input.owners);
    change("budget", input.budget === undefined ? undefined : (input.budget ?? ""));
    change("status", input.status);
    change("progress", input.progress === undefined ? undefined : (input.progress ?? ""));
    const extras = extraColumns(table);
    for (const [header, value] of Object.entries(input.extra ?? {}) as [string, string][]) {
      changeAt(extras.get(header), value, cellWrite(value));
    }
    const plan =
      input.deadline !== undefined || input.objectiveCode !== undefined
        ? readPlanContext(spreadsheet, timeZone, language)
        : null;
    if (input.deadline !== undefined && plan) {
      const deadline = checkDeadline(input.deadline, plan, timeZone, language);
      if (deadline.error) return failure([deadline.error]);
      change("deadline", input.deadline);
      if (changes.has((table.columns.get("deadline") ?? -1) + 1) && table.plannedEnd !== null) {
        changes.set(table.plannedEnd + 1, dayCell(deadline.end, timeZone));
      }
    }
    // Moving to another objective: a new code there, and the old one kept in the notes.
    let code = input.code;
    let notes = input.notes;
    const currentObjective = referenceCode(cellText(cellOf(table, row, "objective"), timeZone));
    if (input.objectiveCode !== undefined && input.objectiveCode.trim() !== currentObjective && plan) {
      const objective = findObjective(plan, input.objectiveCode.trim());
      if (!objective) return fail(texts.unknownObjective(input.objectiveCode), "objectiveCode");
      code = nextActionCode(objective.code, codesOf(table));
      change("code", code);
      change("objective", referenceLabel(objective.code, objective.title));
      const before = notes ?? cellText(cellOf(table, row, "notes"), timeZone);
      const former = texts.formerCode(input.code, todayIn(timeZone));
      notes = before.trim() ? `${before.trim()}\n${former}` : former;
      if (notes.length > MAX_CELL_TEXT) return fail(texts.notesTooLongToMove(MAX_CELL_TEXT), "notes");
    }
    change("notes", notes);
    if (changes.size === 0) return { ok: true, code, row, message: texts.unchanged(code) };
    // Always a date, even where the cell already reads today as text.
    const lastUpdate = table.columns.get("lastUpdate");
    if (lastUpdate !== undefined) changes.set(lastUpdate + 1, dayWrite(todayIn(timeZone), timeZone));
    writeRowCells(actions.sheet, row, changes);
    const message = code === input.code ? texts.updated(code, row) : texts.relocated(input.code, code, row);
    return { ok: true, code, row, message };
  });
}

/** The plan's own columns of the Actions sheet: header text → 0-based index. */
function extraColumns(table: ActionsTable): Map<string, number> {
  const known = new Set([...table.columns.values(), table.plannedEnd]);
  const extras = new Map<string, number>();
  table.header.forEach((header, index) => {
    if (header !== "" && !known.has(index) && !extras.has(header)) extras.set(header, index);
  });
  return extras;
}

/**
 * How a field's value is written: what a person typed as that text; the budget as a number only
 * where the core reads an amount (« 12 500 $ »), otherwise as typed (« =1+1 », « +15 % »);
 * « Mise à jour » as a date.
 */
function fieldWrite(field: ActionField, value: Cell, timeZone: string): CellWrite {
  if (field === "budget") {
    const budget = parseBudget(value);
    return typeof budget === "number" ? { kind: "number", value: budget } : cellWrite(value);
  }
  if (field === "lastUpdate") return dayCell(value, timeZone);
  return cellWrite(value);
}

function fieldWrites(
  fields: Partial<Record<ActionField, Cell>>,
  timeZone: string,
): Partial<Record<ActionField, CellWrite>> {
  return Object.fromEntries(
    Object.entries(fields).map(([field, value]) => [
      field,
      fieldWrite(field as ActionField, value, timeZone),
    ]),
  );
}

export function actionView(table: ActionsTable, row: number): ActionView {
  const text = (field: ActionField) => cellText(cellOf(table, row, field), table.timeZone);
  return {
    code: text("code"),
    row,
    objectiveCode: referenceCode(text("objective")),
    title: text("title"),
    owners: text("owners"),
    deadline: text("deadline"),
    status: parseStatus(cellOf(table, row, "status")) ?? null,
    progress: parseProgress(cellOf(table, row, "progress")) ?? null,
    notes: text("notes"),
    description: text("description"),
    budget: text("budget"),
    extra: [...extraColumns(table)].map(([header, index]) => ({
      header,
      value: cellText(table.values[row - 1]?.[index] ?? "", table.timeZone),
    })),
  };
}

export function getAction(spreadsheet: Spreadsheet, code: string): ActionView | null {
  const found = sheetBySpec(spreadsheet, ACTIONS_SHEET);
  if (!found) return null;
  const table = actionsTable(sheetValues(found.sheet), spreadsheet.getSpreadsheetTimeZone());
  const row = table ? rowOfCode(table, code) : null;
  return table && row !== null ? actionView(table, row) : null;
}
