/**
 * « Valider le plan »: every check of the pipeline, shown where it applies. Per canonical sheet:
 * one read of values, notes and backgrounds, one `setBackgrounds` and one `setNotes` (skipped when
 * nothing changed); only Boussole's own marks are ever cleared (core/marks/marks.ts). The
 * « Fin prévue » column is refreshed too, so the « late » colour follows échéances edited by hand.
 * Then the sidebar opens on the Problèmes list.
 */
import { actionsTable } from "../core/actions/table";
import { type Cell, cellText } from "../core/cells";
import { parseDeadline } from "../core/deadline";
import { messages } from "../core/i18n";
import { type CellMark, planMarks } from "../core/marks/marks";
import type { Plan, Problem } from "../core/model";
import { deadlineContext, loadPlan } from "../core/pipeline";
import { ACTIONS_SHEET, CANONICAL_SHEETS } from "../core/sheets/columns";
import { normalizeKey } from "../core/text";
import { activeSpreadsheet, languageOf, todayIn } from "./env";
import { sheetBySpec } from "./read";
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
    if (!found) return [];
    const range = found.sheet.getDataRange();
    return [
      {
        ...found,
        spec,
        range,
        values: range.getValues(),
        notes: range.getNotes(),
        backgrounds: range.getBackgrounds(),
      },
    ];
  });
  const workbook = { sheets: sheets.map((s) => ({ name: s.name, values: s.values })), timeZone };
  const loaded = loadPlan(workbook, { today: todayIn(timeZone), language });
  const state = readState();
  const restore = { ...(state.restore ?? {}) };
  for (const sheet of sheets) {
    const header = sheet.values.find((row) => row.some((cell) => cellText(cell, timeZone) !== "")) ?? [];
    const headerKeys = header.map((cell) => normalizeKey(cellText(cell, timeZone)));
    const marks: CellMark[] = loaded.problems
      .filter((p) => p.sheet === sheet.name && p.row !== null)
      .map((p) => {
        const column = p.column === null ? -1 : headerKeys.indexOf(normalizeKey(p.column));
        return { row: p.row as number, column: column + 1 || 1, severity: p.severity, message: p.message };
      });
    const plan = planMarks({
      backgrounds: sheet.backgrounds,
      notes: sheet.notes,
      marks,
      restore: restore[sheet.name] ?? {},
    });
    restore[sheet.name] = plan.restore;
    if (sheet.spec === ACTIONS_SHEET) refreshPlannedEnd(sheet.sheet, sheet.values, loaded.plan, timeZone);
    if (!plan.changed) continue;
    // Marks may sit below or right of the data (a problem on an empty cell): widen to cover them.
    const range =
      plan.notes.length === sheet.values.length &&
      (plan.notes[0]?.length ?? 0) === (sheet.values[0]?.length ?? 0)
        ? sheet.range
        : sheet.sheet.getRange(1, 1, plan.notes.length, plan.notes[0]?.length ?? 1);
    range.setBackgrounds(plan.backgrounds);
    range.setNotes(plan.notes);
  }
  writeState({ ...state, restore });
  const texts = messages(language).ui.server.validate;
  const errors = loaded.problems.filter((p) => p.severity === "error").length;
  const warnings = loaded.problems.filter((p) => p.severity === "warning").length;
  return {
    problems: loaded.problems,
    message: errors + warnings === 0 ? texts.none : texts.summary(errors, warnings),
  };
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
