/**
 * The canonical workbook's « Tableau de bord » for the local .xlsx: the Actions sheet gets its
 * « Fin prévue » column (what the formulas compare with TODAY()), and the dashboard sheet of
 * src/core/sheets/dashboard.ts is added with its formulas and formats.
 */
import type { SheetGrid } from "../../core/cells";
import { allActions, type Language, type Plan } from "../../core/model";
import { ACTIONS_SHEET, findSheet, PLANNED_END_COLUMN } from "../../core/sheets/columns";
import { DATE_FORMAT, type Dashboard, dashboardSheet, plannedEndSerial } from "../../core/sheets/dashboard";
import type { DecoratedSheet } from "./workbook";

/** `sheets` as canonicalSheets wrote them from `plan` (one Actions row per action, in order). */
export function withDashboard(
  sheets: readonly SheetGrid[],
  plan: Plan,
  language: Language,
): DecoratedSheet[] {
  const actions = findSheet(sheets, ACTIONS_SHEET);
  if (!actions) return [...sheets];
  const [header, ...rows] = actions.values;
  const ends = allActions(plan).map(({ action }) => plannedEndSerial(action));
  const endColumn = header.length;
  const withEnd: DecoratedSheet = {
    ...actions,
    values: [[...header, PLANNED_END_COLUMN[language]], ...rows.map((row, i) => [...row, ends[i] ?? ""])],
    numberFormats: [[], ...rows.map(() => formatAt(endColumn, DATE_FORMAT))],
  };
  const dashboard = dashboardSheet(
    plan,
    { sheet: actions.name, header: withEnd.values[0].map(String) },
    language,
  );
  const others = sheets.map((sheet) => (sheet === actions ? withEnd : sheet));
  return dashboard ? [...others, decorated(dashboard, language)] : others;
}

function formatAt(column: number, format: string): string[] {
  const row = Array.from({ length: column + 1 }, () => "");
  row[column] = format;
  return row;
}

function decorated(dashboard: Dashboard, language: Language): DecoratedSheet {
  return {
    name: dashboard.name[language],
    values: dashboard.cells.map((row) => row.map((cell) => (cell.kind === "text" ? cell.text : ""))),
    formulas: dashboard.cells.map((row) => row.map((cell) => (cell.kind === "formula" ? cell.formula : ""))),
    numberFormats: dashboard.cells.map((row) =>
      row.map((cell) => (cell.kind === "formula" ? (cell.format ?? "") : "")),
    ),
    columnWidths: [48, 36, 10, 10, 10, 10, 12, 12, 12],
  };
}
