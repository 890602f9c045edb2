/**
 * The « Tableau de bord » sheet in Sheets: the core's formulas (src/core/sheets/dashboard.ts)
 * written through the cell writer, the percent cells formatted, and a native column chart of the
 * orientation table (réalisées, en cours, en retard). The sheet is the add-on's own: rewritten
 * whole each time, its previous chart replaced. Only writes, after the caller's reads.
 */
import type { WorkbookGrid } from "../core/cells";
import { messages } from "../core/i18n";
import type { Language } from "../core/model";
import { ACTIONS_SHEET, findSheet } from "../core/sheets/columns";
import { type ActionsLayout, type DashboardCell, dashboardSheet } from "../core/sheets/dashboard";
import { readCanonicalPlan } from "../core/sheets/read";
import { type CellWrite, writeCells } from "./cell-writer";
import type { Spreadsheet } from "./env";

const CHART_COLUMN = 11;

/** Empty cells are written as empty text, so that every cell has a format: one call for them all. */
function cellWriteOf(cell: DashboardCell): CellWrite {
  if (cell.kind === "formula") return { kind: "formula", formula: cell.formula };
  return { kind: "text", text: cell.kind === "text" ? cell.text : "" };
}

/**
 * `canonical` holds the canonical sheets as just written (their names in the spreadsheet); the
 * Actions sheet's header is its first non-empty row. Does nothing when the figures cannot be
 * computed (no Actions sheet, or a column they need is missing), and when the dashboard exists and
 * the plan did not `change` (its formulas follow edits by themselves).
 */
export function writeDashboard(
  spreadsheet: Spreadsheet,
  canonical: WorkbookGrid,
  language: Language,
  changed: boolean,
): void {
  const actions = findSheet(canonical.sheets, ACTIONS_SHEET);
  const header = actions?.values.find((row) => row.some((cell) => cell !== ""));
  if (!actions || !header) return;
  const layout: ActionsLayout = { sheet: actions.name, header: header.map(String) };
  const { plan } = readCanonicalPlan(canonical, language);
  const dashboard = dashboardSheet(plan, layout, language);
  if (!dashboard) return;

  const existing = [dashboard.name.fr, dashboard.name.en]
    .map((name) => spreadsheet.getSheetByName(name))
    .find((sheet) => sheet !== null);
  if (existing && !changed) return;
  const sheet = existing ?? spreadsheet.insertSheet(dashboard.name[language]);
  const rows = dashboard.cells.length;
  const columns = dashboard.cells[0].length;
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  sheet.clear();
  writeCells(
    sheet.getRange(1, 1, rows, columns),
    dashboard.cells.map((row) => row.map(cellWriteOf)),
  );
  for (const run of formatRuns(dashboard.cells)) {
    sheet.getRange(run.row, run.column, run.rows, 1).setNumberFormat(run.format);
  }
  sheet.setColumnWidth(1, 320);
  sheet.setFrozenRows(0);

  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const { firstRow, lastRow, labelColumn, seriesColumns } = dashboard.chart;
  if (lastRow <= firstRow) return;
  const builder = sheet.newChart().asColumnChart();
  builder.addRange(sheet.getRange(firstRow, labelColumn, lastRow - firstRow + 1, 1));
  for (const column of seriesColumns)
    builder.addRange(sheet.getRange(firstRow, column, lastRow - firstRow + 1, 1));
  builder
    .setTitle(messages(language).ui.dashboard.chartTitle)
    .setOption("useFirstRowAsHeaders", true)
    .setPosition(1, CHART_COLUMN, 0, 0);
  sheet.insertChart(builder.build());
}

/** The formatted cells, as runs down each column: one call per run, not per cell. */
function formatRuns(
  cells: DashboardCell[][],
): { row: number; column: number; rows: number; format: string }[] {
  const runs: { row: number; column: number; rows: number; format: string }[] = [];
  for (const [r, line] of cells.entries()) {
    for (const [c, cell] of line.entries()) {
      if (cell.kind !== "formula" || !cell.format) continue;
      const { format } = cell;
      const last = runs.find(
        (run) => run.column === c + 1 && run.row + run.rows === r + 1 && run.format === format,
      );
      if (last) last.rows++;
      else runs.push({ row: r + 1, column: c + 1, rows: 1, format });
    }
  }
  return runs;
}
