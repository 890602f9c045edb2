/** The CLI's commands. Each returns its exit code: 0 done, 1 the plan has errors, 2 bad input. */
import { writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { messages } from "../../core/i18n";
import { formatMappingReport } from "../../core/import";
import { allActions, type IsoDate, type Plan, type Problem } from "../../core/model";
import { buildPlanReport } from "../../core/pipeline";
import { defaultReportPeriod, parsePeriodArg } from "../../core/report";
import { cellValue } from "../../core/sheets/sheet-cells";
import { planStructure } from "../../core/sheets/structure-plan";
import { groupProblems } from "../../core/validate/order";
import { withDashboard } from "../files/dashboard";
import { writeXlsxFile } from "../files/workbook";
import type { PdfResult } from "../report";
import { InputError, loadPlanFromFiles } from "./load";
import type { CliOptions } from "./options";

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Command = (options: CliOptions & { file: string }, today: IsoDate, io: Output) => Promise<number>;

export const importCommand: Command = async (options, today, io) => {
  const text = messages(options.lang).cli;
  if (options.out && extname(options.out).toLowerCase() !== ".xlsx")
    throw new InputError(text.badOutXlsx(options.out));
  const loaded = await loadPlanFromFiles({ ...options, today, language: options.lang });
  if (options.explain) {
    const csv = loaded.workbook.csv;
    if (csv) io.err(text.csvDetected(csv.encoding, csv.separator));
    if (loaded.source.kind === "structured") io.err(formatMappingReport(loaded.source.report, options.lang));
    io.err(summary(loaded.plan, options.lang));
  }
  if (options.out) {
    // The same decisions as the add-on's « Structurer le plan », hence the same sheets.
    const { workbook } = loaded;
    const structured = planStructure({
      workbook,
      sheetNames: workbook.sheets.map((sheet) => sheet.name),
      language: options.lang,
      today,
      sheet: options.sheet,
      roster: options.roster ? loaded.plan.roster : undefined,
    });
    const sheets = structured.sheets.map(({ name, cells }) => ({
      name,
      values: cells.map((row) => row.map((cell) => cellValue(cell, workbook.timeZone))),
    }));
    await writeXlsxFile(
      options.out,
      withDashboard(sheets, workbook.timeZone, options.lang),
      workbook.timeZone,
    ).catch(() => {
      throw new InputError(text.writeFailed(options.out ?? ""));
    });
    io.err(text.wrote(options.out));
  }
  io.out(JSON.stringify(planJson(loaded.plan, loaded.problems), null, 2));
  return 0;
};

export const validateCommand: Command = async (options, today, io) => {
  const loaded = await loadPlanFromFiles({ ...options, today, language: options.lang });
  if (options.json) io.out(JSON.stringify(loaded.problems, null, 2));
  else io.out(problemTable(loaded.problems, options.lang));
  return loaded.problems.some((p) => p.severity === "error") ? 1 : 0;
};

/** The JSON contract of `boussole import`: the plan tree, its roster and settings, and the problems. */
export function planJson(plan: Plan, problems: Problem[]) {
  return {
    settings: plan.settings,
    orientations: plan.orientations,
    roster: plan.roster,
    problems,
  };
}

function summary(plan: Plan, language: CliOptions["lang"]): string {
  const objectives = plan.orientations.reduce((n, o) => n + o.objectives.length, 0);
  return messages(language).cli.planSummary(plan.orientations.length, objectives, allActions(plan).length);
}

/**
 * The problems as a table, one block per kind (« 80 actions en retard »), errors first: the order
 * of the core (src/core/validate/order.ts), the same as `--json`.
 */
export function problemTable(problems: Problem[], language: CliOptions["lang"]): string {
  const text = messages(language);
  const counts = (severity: Problem["severity"]) => problems.filter((p) => p.severity === severity).length;
  if (problems.length === 0) return text.cli.noProblems;
  const columns = text.cli.columns;
  const header = [columns.severity, columns.sheet, columns.row, columns.column, columns.message];
  const groups = groupProblems(problems, language).map((group) => ({
    title: `${text.common.severities[group.severity]} — ${group.title}`,
    rows: group.problems.map((p) => [
      text.common.severities[p.severity],
      p.sheet ?? "",
      p.row === null ? "" : String(p.row),
      p.column ?? "",
      p.message,
    ]),
  }));
  const all = [header, ...groups.flatMap((group) => group.rows)];
  const widths = [0, 1, 2, 3].map((c) => all.reduce((width, row) => Math.max(width, row[c].length), 0));
  const line = (row: string[]) => row.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]) : cell)).join("  ");
  const lines = [line(header), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const group of groups) lines.push("", `▸ ${group.title}`, ...group.rows.map(line));
  return [...lines, "", text.cli.summary(counts("error"), counts("warning"), counts("info"))].join("\n");
}

export const reportCommand: Command = async (options, today, io) => {
  const text = messages(options.lang).cli;
  const output = options.output ?? "";
  const format = extname(output).toLowerCase();
  if (format !== ".docx" && format !== ".html" && format !== ".pdf")
    throw new InputError(text.badOutput(output));
  const loaded = await loadPlanFromFiles({ ...options, today, language: options.lang });
  const settings = loaded.plan.settings;
  const period = options.period
    ? parsePeriodArg(options.period, settings, options.lang)
    : { ok: true as const, period: defaultReportPeriod(settings, today) };
  if (!period.ok) throw new InputError(period.error);
  const report = buildPlanReport(loaded, {
    period: period.period,
    today,
    language: options.lang,
    includeOwners: true,
    includeCompletedDetail: true,
    includeProblems: options.problems,
  });
  // The renderers (and LibreOffice's conversion) load with the report command only.
  const { docxToPdf, renderReportDocx, renderReportHtml } =
    require("../report") as typeof import("../report");
  const bytes = format === ".html" ? renderReportHtml(report) : await renderReportDocx(report);
  const written = format === ".pdf" ? pdfOf(await docxToPdf(bytes as Buffer), text) : bytes;
  await writeFile(output, written).catch(() => {
    throw new InputError(text.writeFailed(output));
  });
  io.err(text.wrote(output));
  return 0;
};

function pdfOf(pdf: PdfResult, text: ReturnType<typeof messages>["cli"]): Buffer {
  if (pdf.ok) return pdf.bytes;
  throw new InputError(pdf.reason === "missing" ? text.pdfNeedsLibreOffice : text.pdfFailed(pdf.detail));
}
