/**
 * « Valider le plan »: every check of the pipeline, shown where it applies. Per canonical sheet:
 * one read of its values; where a mark is or was, one read of notes and backgrounds, then one
 * `setBackgrounds` and one `setNotes` (skipped when nothing changed), all writes after all reads.
 * Only Boussole's own marks are ever cleared (core/marks/marks.ts). The « Fin prévue » column is
 * refreshed too, so the « late » colour follows échéances edited by hand. Then the sidebar opens
 * on the Problèmes list.
 */

import { type Cell, cellText } from "../core/cells";
import { parseDeadline } from "../core/deadline";
import { messages } from "../core/i18n";
import type { Plan, Problem } from "../core/model";
import { deadlineContext, loadPlan } from "../core/pipeline";
import { actionsTable } from "../core/sheets/actions-table";
import { ACTIONS_SHEET, CANONICAL_SHEETS } from "../core/sheets/columns";
import { type CellMark, planMarks } from "../core/sheets/marks";
import { normalizeKey } from "../core/text";
import { activeSpreadsheet, languageOf, todayIn } from "./env";
import { sheetBySpec, sheetValues } from "./read";
import { readState, writeState } from "./state";

export interface ValidateOutcome {
  problems: Problem[];
  message: string;
}

export function validate(): ValidateOutcome {
  const spreadsheet = activeSpreadsheet();
  const language = languageOf(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheets = CANONICAL_SHEETS.flatMap((spec) => {
    const found = sheetBySpec(spreadsheet, spec);
    return found ? [{ ...found, spec, values: sheetValues(found.sheet) }] : [];
  });
  const workbook = { sheets: sheets.map((s) => ({ name: s.name, values: s.values })), timeZone };
  const loaded = loadPlan(workbook, { today: todayIn(timeZone), language });
  const state = readState();
  const restore = { ...(state.restore ?? {}) };
  // Every read happens before the first write: the writes then travel as one batch.
  const plans = sheets.flatMap((sheet) => {
    const marks = marksOf(loaded.problems, sheet.name, sheet.values, timeZone);
    const previous = restore[sheet.name] ?? {};
    // Notes and backgrounds are read only where a mark is or was: other sheets cost one read.
    if (marks.length === 0 && Object.keys(previous).length === 0) return [];
    const [height, width] = extent(sheet.values, marks, previous);
    const range = sheet.sheet.getRange(1, 1, height, width);
    const plan = planMarks({
      backgrounds: range.getBackgrounds(),
      notes: range.getNotes(),
      marks,
      restore: previous,
    });
    return [{ sheet, range, plan }];
  });
  for (const { sheet, range, plan } of plans) {
    restore[sheet.name] = plan.restore;
    if (!plan.changed) continue;
    range.setBackgrounds(plan.backgrounds);
    range.setNotes(plan.notes);
  }
  for (const sheet of sheets) {
    if (sheet.spec === ACTIONS_SHEET) refreshPlannedEnd(sheet.sheet, sheet.values, loaded.plan, timeZone);
  }
  if (plans.some(({ plan }) => plan.changed)) writeState({ ...state, restore });
  const texts = messages(language).ui.server.validate;
  const errors = loaded.problems.filter((p) => p.severity === "error").length;
  const warnings = loaded.problems.filter((p) => p.severity === "warning").length;
  return {
    problems: loaded.problems,
    message: errors + warnings === 0 ? texts.none : texts.summary(errors, warnings),
  };
}

/** The problems of one sheet that point at a row, placed in their column by its header text. */
function marksOf(
  problems: readonly Problem[],
  sheetName: string,
  values: Cell[][],
  timeZone: string,
): CellMark[] {
  const header = values.find((row) => row.some((cell) => cellText(cell, timeZone) !== "")) ?? [];
  const headerKeys = header.map((cell) => normalizeKey(cellText(cell, timeZone)));
  return problems
    .filter((p) => p.sheet === sheetName && p.row !== null)
    .map((p) => {
      const column = p.column === null ? -1 : headerKeys.indexOf(normalizeKey(p.column));
      return { row: p.row as number, column: column + 1 || 1, severity: p.severity, message: p.message };
    });
}

/** Rows and columns covering the data, the new marks and the cells marked last time. */
function extent(values: Cell[][], marks: readonly CellMark[], previous: Readonly<Record<string, string>>) {
  const cells = [
    ...marks.map((m) => [m.row, m.column]),
    ...Object.keys(previous).map((key) => key.split(":").map(Number)),
  ];
  return [
    Math.max(1, values.length, ...cells.map(([row]) => row)),
    Math.max(1, ...values.map((row) => row.length), ...cells.map(([, column]) => column)),
  ];
}

/** Rewrites the « Fin prévue » column only where it no longer matches the échéance. */
function refreshPlannedEnd(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  values: Cell[][],
  plan: Plan,
  timeZone: string,
): void {
  const table = actionsTable(values, timeZone);
  const deadline = table?.columns.get("deadline");
  if (!table || table.plannedEnd === null || deadline === undefined) return;
  const context = deadlineContext(plan, timeZone);
  const column = values.slice(table.headerRow).map((row) => {
    const end = parseDeadline(row[deadline] ?? "", context).end ?? "";
    return cellText(row[table.plannedEnd as number] ?? "", timeZone) === end
      ? (row[table.plannedEnd as number] ?? "")
      : end;
  });
  const stale = column.some(
    (cell, r) => cell !== (values[table.headerRow + r][table.plannedEnd as number] ?? ""),
  );
  if (!stale || column.length === 0) return;
  sheet
    .getRange(table.headerRow + 1, table.plannedEnd + 1, column.length, 1)
    .setValues(column.map((cell) => [cell]));
}
