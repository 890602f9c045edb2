/**
 * A fix offered with a problem (src/core/validate/fixes.ts), applied in one click: under the
 * document lock, the cell is found by its sheet, row and header text, checked to still hold what
 * the fix was computed from, and written through the cell writer (user text as text).
 */
import { type Cell, cellText, isEmptyRow } from "../core/cells";
import { parseDeadline } from "../core/deadline";
import { messages } from "../core/i18n";
import type { Language } from "../core/model";
import { ACTIONS_SHEET, matchesName, PLANNED_END_COLUMN } from "../core/sheets/columns";
import { normalizeKey } from "../core/text";
import { parseProgress } from "../core/values";
import { dayCell, writeCells } from "./cell-writer";
import type { Spreadsheet } from "./env";
import { withDocumentLock } from "./lock";
import { readDeadlineContext } from "./read";
import type { FixInput, WriteResult } from "./rpc/contract";
import { fail } from "./rpc/parse";

/** The header is looked for in the first rows only (a title or two may sit above it). */
const HEADER_ROWS = 20;

export function applyFix(spreadsheet: Spreadsheet, language: Language, fix: FixInput): WriteResult {
  const texts = messages(language).ui.server;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return withDocumentLock(
    () => {
      const sheet = spreadsheet.getSheetByName(fix.sheet);
      if (!sheet || fix.row > sheet.getMaxRows()) return fail(texts.fixNowhere(fix.sheet, fix.column));
      const width = sheet.getMaxColumns();
      const top = sheet.getRange(1, 1, Math.min(fix.row, HEADER_ROWS), width).getValues();
      const header = top.find((row) => !isEmptyRow(row)) ?? [];
      const key = normalizeKey(fix.column);
      const column = header.findIndex((cell) => normalizeKey(cellText(cell, timeZone)) === key) + 1;
      if (column === 0) return fail(texts.fixNowhere(fix.sheet, fix.column));
      const range = sheet.getRange(fix.row, column);
      const [[current]] = range.getValues();
      if (!holds(current, fix.from, timeZone)) return fail(texts.fixStale(fix.column, fix.row));
      const write =
        typeof fix.value === "number"
          ? ({ kind: "number", value: fix.value } as const)
          : ({ kind: "text", text: fix.value } as const);
      writeCells(range, [[write]]);
      followDeadline(spreadsheet, sheet, header, fix, language, timeZone);
      return { ok: true, code: "", row: fix.row, message: texts.fixed(fix.column, fix.row) };
    },
    () => fail(texts.busy),
  );
}

const isDeadlineColumn = (name: string) =>
  ACTIONS_SHEET.columns.some((column) => column.field === "deadline" && matchesName(name, column));

/**
 * A fixed échéance moves « Fin prévue » with it, on the same row, as « Mettre à jour » does: the
 * day column and the « late » colours read it, and would otherwise wait for the next « Valider ».
 */
function followDeadline(
  spreadsheet: Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  header: Cell[],
  fix: FixInput,
  language: Language,
  timeZone: string,
): void {
  if (typeof fix.value !== "string" || !isDeadlineColumn(fix.column)) return;
  const column = header.findIndex((cell) => matchesName(cellText(cell, timeZone), PLANNED_END_COLUMN)) + 1;
  if (column === 0) return;
  const { end } = parseDeadline(fix.value, readDeadlineContext(spreadsheet, timeZone, language));
  writeCells(sheet.getRange(fix.row, column), [[dayCell(end ?? "", timeZone)]]);
}

/** A number is compared as the progress it reads as (« 60 % », 0.6 or 60); text as text. */
function holds(cell: unknown, from: FixInput["from"], timeZone: string): boolean {
  const text = cellText(cell as never, timeZone);
  if (from === null) return text === "";
  if (typeof from === "number") return parseProgress(cell as never) === from;
  return text === from.trim();
}
