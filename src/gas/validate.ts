/**
 * « Valider le plan »: every check of the pipeline, shown where it applies. Per canonical sheet:
 * one read of its values; where a mark is or was, one read of notes and backgrounds, then one
 * `setBackgrounds` and one `setNotes` (skipped when nothing changed), all writes after all reads.
 * Only Boussole's own marks are ever cleared (core/sheets/marks.ts), and the block is clamped to the
 * sheet: marks remembered in rows or columns deleted since are forgotten. « Fin prévue » is
 * refreshed too, so the « late » colour follows échéances edited by hand, and days written as text
 * in « Fin prévue » or « Mise à jour » become real dates (core/sheets/day-columns.ts). Then the
 * sidebar opens on the Problèmes list.
 */

import { type Cell, cellText } from "../core/cells";
import { messages } from "../core/i18n";
import type { Problem } from "../core/model";
import { loadPlan } from "../core/pipeline";
import { actionsTable } from "../core/sheets/actions-table";
import { ACTIONS_SHEET, CANONICAL_SHEETS } from "../core/sheets/columns";
import { type DeadlineEnd, dayColumnFixes } from "../core/sheets/day-columns";
import { type CellMark, markExtent, planMarks } from "../core/sheets/marks";
import { normalizeKey } from "../core/text";
import { type CellWrite, dayCell, writeColumnCells } from "./cell-writer";
import { activeSpreadsheet, languageOf, type Sheet, todayIn } from "./env";
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
    const size = { rows: sheet.sheet.getMaxRows(), columns: sheet.sheet.getMaxColumns() };
    const { rows, columns } = markExtent(sheet.values, marks, previous, size);
    const range = sheet.sheet.getRange(1, 1, rows, columns);
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
    if (sheet.spec === ACTIONS_SHEET)
      repairDayColumns(sheet.sheet, sheet.values, loaded.parseDeadline, timeZone);
  }
  // Also when only forgotten colours changed (their cells were deleted since).
  if (plans.some(({ plan }) => plan.changed) || !sameRestore(restore, state.restore ?? {})) {
    writeState({ ...state, restore });
  }
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

type Restore = Readonly<Record<string, Readonly<Record<string, string>>>>;

function sameRestore(a: Restore, b: Restore): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((sheet) => {
    const [x, y] = [a[sheet] ?? {}, b[sheet] ?? {}];
    const cells = Object.keys(x);
    return cells.length === Object.keys(y).length && cells.every((key) => x[key] === y[key]);
  });
}

/** Writes « Fin prévue » where it no longer matches the échéance, and text days as dates. */
function repairDayColumns(sheet: Sheet, values: Cell[][], parse: DeadlineEnd, timeZone: string): void {
  const table = actionsTable(values, timeZone);
  if (!table) return;
  for (const { column, days } of dayColumnFixes(table, parse)) {
    const writes = new Map<number, CellWrite>();
    for (const [row, day] of days) writes.set(row, dayCell(day, timeZone));
    writeColumnCells(sheet, column + 1, writes);
  }
}
