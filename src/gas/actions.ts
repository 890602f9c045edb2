/**
 * Adding and updating actions from the sidebar. Each write re-reads the Actions sheet inside the
 * document lock, so that two people adding at once get distinct codes, and writes one row (or the
 * changed part of one row) in a single `setValues`. Text columns are set to plain text first:
 * Sheets would otherwise turn « 1.3 » into a number and « 2026-03-15 » into a date. Reads come
 * before writes, so a write costs four round trips (lock, reads, the queued changes, release).
 */

import { nextActionCode } from "../core/actions/next-code";
import {
  type ActionField,
  type ActionsTable,
  actionsTable,
  buildRow,
  cellOf,
  codeAt,
  codesOf,
  dataRows,
  nextFreeRow,
  rowOfCode,
} from "../core/actions/table";
import { type Cell, cellText } from "../core/cells";
import { describeDeadline, parseDeadline } from "../core/deadline";
import { type Messages, messages } from "../core/i18n";
import type { Language, Objective, Plan } from "../core/model";
import { deadlineContext } from "../core/pipeline";
import {
  ACTIONS_SHEET,
  OBJECTIVES_SHEET,
  referenceCode,
  referenceLabel,
  SETTINGS_SHEET,
} from "../core/sheets/columns";
import { PLACEHOLDER_CODE, readCanonicalPlan } from "../core/sheets/read";
import { parseProgress, parseStatus } from "../core/values";
import type { Sheet, Spreadsheet } from "./env";
import { todayIn } from "./env";
import { withDocumentLock } from "./lock";
import { readSpecs, sheetBySpec, sheetValues } from "./read";
import type { ActionUpdate, ActionView, NewAction, WriteResult } from "./rpc/contract";
import { type FieldError, fail, failure } from "./rpc/parse";

const TEXT_FORMAT = "@";
const TEXT_FIELDS: readonly ActionField[] = [
  "code",
  "objective",
  "title",
  "description",
  "owners",
  "deadline",
  "notes",
  "status",
];

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
    const values = buildRow(
      table,
      {
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
      },
      deadline.end,
    );
    // The sheet grows by one row when the new one would fall below its last row.
    const maxRows = actions.sheet.getMaxRows();
    if (row > maxRows) actions.sheet.insertRowsAfter(maxRows, row - maxRows);
    writeCells(actions, row, 0, values);
    return { ok: true, code, row, message: texts.added(code, row) };
  });
}

export function updateAction(spreadsheet: Spreadsheet, language: Language, input: ActionUpdate): WriteResult {
  return writeUnderLock(spreadsheet, language, (actions, timeZone, texts) => {
    const { table } = actions;
    const row = input.row ?? rowOfCode(table, input.code);
    if (row === null) return fail(texts.actionNotFound(input.code));
    if (codeAt(table, row) !== input.code) return fail(texts.actionMoved(input.code, row));
    const changes = new Map<number, Cell>();
    const change = (field: ActionField, value: Cell | undefined) => {
      const index = table.columns.get(field);
      if (value === undefined || index === undefined) return;
      if (cellText(cellOf(table, row, field), timeZone) !== cellText(value, timeZone))
        changes.set(index, value);
    };
    change("status", input.status);
    change("progress", input.progress === undefined ? undefined : (input.progress ?? ""));
    change("notes", input.notes);
    if (input.deadline !== undefined) {
      const plan = readPlanContext(spreadsheet, timeZone, language);
      const deadline = checkDeadline(input.deadline, plan, timeZone, language);
      if (deadline.error) return failure([deadline.error]);
      change("deadline", input.deadline);
      if (changes.has(table.columns.get("deadline") ?? -1) && table.plannedEnd !== null) {
        changes.set(table.plannedEnd, deadline.end);
      }
    }
    if (changes.size === 0) return { ok: true, code: input.code, row, message: texts.unchanged(input.code) };
    change("lastUpdate", todayIn(timeZone));
    const first = Math.min(...changes.keys());
    const last = Math.max(...changes.keys());
    // Cells between the changed ones are written back as they are (formulas as formulas).
    const current = actions.table.values[row - 1];
    const [formulas = []] = actions.sheet.getRange(row, first + 1, 1, last - first + 1).getFormulas();
    const span = Array.from({ length: last - first + 1 }, (_, offset): Cell => {
      const index = first + offset;
      if (changes.has(index)) return changes.get(index) as Cell;
      return formulas[offset] || (current[index] ?? "");
    });
    writeCells(actions, row, first, span);
    return { ok: true, code: input.code, row, message: texts.updated(input.code, row) };
  });
}

/**
 * One row segment: plain-text format on Boussole's text columns (one call per run of adjacent
 * ones; other cells keep their format), then the values. All queued: one round trip.
 */
function writeCells(actions: ActionsSheet, row: number, first: number, values: Cell[]): void {
  const last = first + values.length - 1;
  const textColumns = TEXT_FIELDS.flatMap((field) => {
    const index = actions.table.columns.get(field);
    return index !== undefined && index >= first && index <= last ? [index] : [];
  }).sort((a, b) => a - b);
  for (const [start, length] of adjacentRuns(textColumns)) {
    actions.sheet.getRange(row, start + 1, 1, length).setNumberFormat(TEXT_FORMAT);
  }
  actions.sheet.getRange(row, first + 1, 1, values.length).setValues([values]);
}

/** Sorted indexes as [start, length] runs of consecutive ones. */
function adjacentRuns(indexes: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const index of indexes) {
    const run = runs[runs.length - 1];
    if (run && run[0] + run[1] === index) run[1]++;
    else runs.push([index, 1]);
  }
  return runs;
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
  };
}

/** Every action row that has a code, in sheet order. */
export function actionViews(table: ActionsTable): ActionView[] {
  return dataRows(table)
    .filter((row) => codeAt(table, row) !== "")
    .map((row) => actionView(table, row));
}

export function getAction(spreadsheet: Spreadsheet, code: string): ActionView | null {
  const found = sheetBySpec(spreadsheet, ACTIONS_SHEET);
  if (!found) return null;
  const table = actionsTable(sheetValues(found.sheet), spreadsheet.getSpreadsheetTimeZone());
  const row = table ? rowOfCode(table, code) : null;
  return table && row !== null ? actionView(table, row) : null;
}
