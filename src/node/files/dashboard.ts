/**
 * The « Tableau de bord » of the local .xlsx: the sheet of src/core/sheets/dashboard.ts added to
 * the canonical sheets Structurer decided (their « Fin prévue » column is what its formulas compare
 * with TODAY()), with its formulas and formats.
 */
import type { SheetGrid } from "../../core/cells";
import type { Language } from "../../core/model";
import { ACTIONS_SHEET, findSheet } from "../../core/sheets/columns";
import { type Dashboard, dashboardSheet } from "../../core/sheets/dashboard";
import { readCanonicalPlan } from "../../core/sheets/read";
import type { DecoratedSheet } from "./workbook";

export function withDashboard(sheets: SheetGrid[], timeZone: string, language: Language): DecoratedSheet[] {
  const actions = findSheet(sheets, ACTIONS_SHEET);
  const header = actions?.values.find((row) => row.some((cell) => cell !== ""));
  if (!actions || !header) return sheets;
  const { plan } = readCanonicalPlan({ sheets, timeZone }, language);
  const dashboard = dashboardSheet(plan, { sheet: actions.name, header: header.map(String) }, language);
  return dashboard ? [...sheets, decorated(dashboard, language)] : sheets;
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
