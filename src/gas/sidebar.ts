/** The sidebar: opening it, the data it shows, the live échéance preview, going to a cell. */

import { cellText, isEmptyRow } from "../core/cells";
import { daysLateOf, describeDeadline, parseDeadline } from "../core/deadline";
import { messages } from "../core/i18n";
import { isWebAddress } from "../core/links";
import type { Action, Problem } from "../core/model";
import { actionsOfOwner, rosterNameOf } from "../core/owners/my-actions";
import { loadPlan } from "../core/pipeline";
import { actionsTable, cellOf, codeAt, codesOf, dataRows } from "../core/sheets/actions-table";
import { ACTIONS_SHEET, CANONICAL_SHEETS, matchesName } from "../core/sheets/columns";
import { PLACEHOLDER_CODE } from "../core/sheets/read";
import { normalizeKey } from "../core/text";
import { actionView } from "./actions";
import { activeSpreadsheet, languageOf, todayIn } from "./env";
import { readDeadlineContext, readSpecs } from "./read";
import type {
  ActionChoice,
  CellLocation,
  DeadlinePreview,
  OwnerAction,
  ProblemItem,
  ProblemPage,
  ProblemPageRequest,
  SidebarData,
  SidebarView,
} from "./rpc/contract";

/**
 * The page opens on the tab named by `<div hidden data-boussole-view="…">`, appended here when the
 * sidebar is opened for a purpose (« Valider » opens it on the problems).
 */
export function openSidebar(view?: SidebarView): void {
  // The title is the product's name in both languages: no need to read the locale.
  const output = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(
    messages("fr").ui.server.sidebarTitle,
  );
  if (view) output.append(`<div hidden data-boussole-view="${view}"></div>`);
  SpreadsheetApp.getUi().showSidebar(output);
}

/** The plan as the canonical sheets hold it now, read and checked, and what it was read with. */
function loadNow() {
  const spreadsheet = activeSpreadsheet();
  const language = languageOf(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = todayIn(timeZone);
  const workbook = readSpecs(spreadsheet, CANONICAL_SHEETS, timeZone);
  return {
    spreadsheet,
    language,
    timeZone,
    today,
    workbook,
    loaded: loadPlan(workbook, { today, language }),
  };
}

/** Problems sent per group at a time: the rest are counted, and sent on demand (getProblems). */
const PROBLEMS_PER_GROUP = 20;

/**
 * What the sidebar shows, and no more (issue 16 §3): labels for the selects, the roster, the codes
 * for the action picker, the action under the cursor, and the problems grouped with their counts
 * and first page. Each action's details are fetched when it is picked (getAction).
 */
export function getSidebarData(): SidebarData {
  const { spreadsheet, language, timeZone, workbook, loaded } = loadNow();
  const actionsGrid = workbook.sheets.find((sheet) => matchesName(sheet.name, ACTIONS_SHEET));
  const table = actionsGrid ? actionsTable(actionsGrid.values, timeZone) : null;
  const active = spreadsheet.getActiveRange();
  const onActions = active !== null && matchesName(active.getSheet().getName(), ACTIONS_SHEET);
  const currentRow = onActions ? active.getRow() : null;
  const current =
    table && currentRow !== null && currentRow > table.headerRow && codeAt(table, currentRow) !== ""
      ? actionView(table, currentRow)
      : null;
  const { reportLink } = loaded.plan.settings;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const problem of loaded.problems) counts[problem.severity]++;
  return {
    language,
    orientations: loaded.plan.orientations
      .filter((orientation) => orientation.code !== PLACEHOLDER_CODE)
      .map((orientation) => ({
        code: orientation.code,
        title: orientation.title,
        objectives: orientation.objectives.map((objective) => [objective.code, objective.title] as const),
      })),
    roster: loaded.plan.roster.map((entry) => ({ name: entry.name, role: entry.role })),
    actionCount: table ? codesOf(table).filter((code) => code !== "").length : 0,
    current,
    me: rosterNameOf(loaded.plan.roster, Session.getActiveUser().getEmail()),
    problems: {
      counts,
      groups: loaded.problemGroups.map((group) => ({
        ...group,
        problems: pageOf(group.problems, 0),
      })),
    },
    reportLink: isWebAddress(reportLink) ? reportLink : null,
  };
}

/** A page of a group's problems, as the sidebar shows them (severity and code are the group's). */
function pageOf(problems: readonly Problem[], offset: number): ProblemItem[] {
  return problems.slice(offset, offset + PROBLEMS_PER_GROUP).map(({ severity, code, ...item }) => item);
}

/**
 * « Afficher … de plus » in a group: the plan checked again, as now, and the page after the
 * problems the sidebar shows (the fixed ones have left both lists).
 */
export function getProblems({ severity, code, offset }: ProblemPageRequest): ProblemPage {
  const { loaded } = loadNow();
  const group = loaded.problemGroups.find((found) => found.severity === severity && found.code === code);
  return group
    ? { count: group.count, problems: pageOf(group.problems, offset) }
    : { count: 0, problems: [] };
}

/** Actions offered by the « Mettre à jour » picker, at most a page. */
const CHOICES = 50;

/**
 * The actions whose code starts with the query or whose title contains its words (case and
 * accents ignored), in sheet order; the first page when the query is empty. Reads Actions only.
 */
export function findActions(query: string): ActionChoice[] {
  const spreadsheet = activeSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const found = readSpecs(spreadsheet, [ACTIONS_SHEET], timeZone).sheets[0];
  const table = found ? actionsTable(found.values, timeZone) : null;
  if (!table) return [];
  const words = normalizeKey(query).split(" ").filter(Boolean);
  const code = query.trim();
  const choices: ActionChoice[] = [];
  for (const row of dataRows(table)) {
    const view = { code: codeAt(table, row), title: cellText(cellOf(table, row, "title"), timeZone) };
    if (view.code === "") continue;
    const title = normalizeKey(view.title);
    if (code && !view.code.startsWith(code) && !words.every((word) => title.includes(word))) continue;
    choices.push(view);
    if (choices.length === CHOICES) break;
  }
  return choices;
}

/** « Mes actions »: the actions a roster name is on, late first, each with its row to go to. */
export function getOwnerActions(name: string): OwnerAction[] {
  const { today, loaded } = loadNow();
  const isLate = (action: Action) => daysLateOf(action.deadline, action.status, today) > 0;
  return actionsOfOwner(loaded.plan, name, isLate).flatMap(({ action, late }) => {
    const { sheet, row } = loaded.locate(action, "code");
    if (sheet === null || row === null) return [];
    return [
      {
        code: action.code,
        sheet,
        row,
        title: action.title,
        deadline: action.deadline.text,
        status: action.status,
        late,
      },
    ];
  });
}

export function previewDeadline(text: string): DeadlinePreview {
  const spreadsheet = activeSpreadsheet();
  const language = languageOf(spreadsheet);
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const parsed = parseDeadline(text, readDeadlineContext(spreadsheet, timeZone, language));
  const severity =
    parsed.kind === "invalid"
      ? "error"
      : parsed.kind === "undetermined" || parsed.kind === null || parsed.warnings.length > 0
        ? "warning"
        : "ok";
  return {
    kind: parsed.kind,
    start: parsed.start,
    end: parsed.end,
    description: describeDeadline(parsed, language),
    severity,
  };
}

/** Activates the cell of a problem; the column is found by its header text (reordered columns). */
export function selectCell(location: CellLocation): void {
  const spreadsheet = activeSpreadsheet();
  const sheet = spreadsheet.getSheetByName(location.sheet);
  if (!sheet) return;
  let column = 1;
  if (location.column !== null) {
    const top = sheet
      .getRange(1, 1, Math.max(1, Math.min(location.row, HEADER_SEARCH_ROWS)), sheet.getMaxColumns())
      .getValues();
    const header = top.find((row) => !isEmptyRow(row)) ?? [];
    const key = normalizeKey(location.column);
    const index = header.findIndex((cell) => normalizeKey(cellText(cell, "UTC")) === key);
    if (index >= 0) column = index + 1;
  }
  sheet.getRange(Math.min(location.row, sheet.getMaxRows()), column).activate();
}

/** The header is looked for in the first rows only (a title or two may sit above it). */
const HEADER_SEARCH_ROWS = 20;
