/**
 * The annual report of the playground's current workbook, rendered locally (.docx, .html) with
 * the same core model and renderers as the CLI: in the playground there is no Google Doc to open.
 * The options are the Report dialog's own request when the page passes it, else the defaults
 * (the last finished fiscal year, the workbook's language, every section).
 */

import { type Cell, dateInZone } from "../../core/cells";
import { messages } from "../../core/i18n";
import type { Language } from "../../core/model";
import { loadPlan } from "../../core/pipeline";
import { buildReport, defaultReportPeriod, type ReportDocument } from "../../core/report";
import {
  type GeneratedReport,
  type ReportRequestData,
  RPC_CONTRACT,
  reportRequest,
} from "../../gas/rpc/contract";
import { refusalMessage } from "../../gas/rpc/parse";
import type { SpreadsheetModel } from "../gas-fake";
import { renderReportDocx, renderReportHtml } from "../report";
import type { CallResult } from "./protocol";
import { reportLinks } from "./report-links";

export interface ReportFile {
  name: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * The dialog's request as URL parameters (start, end, label, language, owners, completed): null
 * when there is none (the defaults apply), undefined when it is not valid.
 */
export function requestFromQuery(query: URLSearchParams): ReportRequestData | null | undefined {
  if (!query.has("start")) return null;
  const parsed = reportRequest().safeParse({
    period: { label: query.get("label") ?? "", start: query.get("start"), end: query.get("end") },
    language: query.get("language"),
    includeOwners: query.get("owners") !== "0",
    includeCompletedDetail: query.get("completed") !== "0",
    includeProblems: query.get("problems") === "1",
  });
  return parsed.success ? parsed.data : undefined;
}

/**
 * « Générer le rapport annuel… » (the dialog's google.script.run.generateReport) as the playground
 * answers it. In Sheets the add-on creates a Google Doc and records its address in Paramètres; here
 * there is no Google Doc, so the bundle's generateReport would make up a docs.google.com address
 * that opens nothing and write it into the person's workbook. Instead the request is parsed as the
 * add-on parses it and the answer links to the report this server renders (`origin` + /report.html,
 * the .docx beside it on the page); nothing is written to the workbook. No PDF: Google exports it.
 */
export function generateLocalReport(
  model: SpreadsheetModel,
  language: Language,
  argument: unknown,
  origin: string,
): CallResult {
  const parsed = RPC_CONTRACT.generateReport.argument().safeParse(argument);
  if (!parsed.success) {
    const refusal = parsed.error.issues.map((issue) => refusalMessage(issue, language)).find(Boolean);
    return { ok: false, error: refusal ?? messages(language).ui.server.reportInvalid };
  }
  const report = localReport(model, language, parsed.data);
  const value: GeneratedReport = {
    url: `${origin}${reportLinks(parsed.data).html}`,
    name: report.documentName,
    pdfUrl: "",
  };
  return { ok: true, value };
}

export async function reportFile(
  model: SpreadsheetModel,
  format: "docx" | "html",
  language: Language,
  request: ReportRequestData | null,
): Promise<ReportFile> {
  const report = localReport(model, language, request);
  if (format === "html") {
    return {
      name: `${report.documentName}.html`,
      contentType: "text/html; charset=utf-8",
      bytes: Buffer.from(renderReportHtml(report), "utf8"),
    };
  }
  return {
    name: `${report.documentName}.docx`,
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    bytes: await renderReportDocx(report),
  };
}

/** The report of the workbook as it is now, with the same core model as the CLI. */
function localReport(
  model: SpreadsheetModel,
  language: Language,
  request: ReportRequestData | null,
): ReportDocument {
  const workbook = {
    sheets: model.sheets.map((sheet) => ({ name: sheet.name, values: sheet.values() as Cell[][] })),
    timeZone: model.timeZone,
  };
  const today = dateInZone(new Date(), model.timeZone);
  const reportLanguage = request?.language ?? language;
  const loaded = loadPlan(workbook, { today, language: reportLanguage });
  return buildReport(loaded.plan, {
    period: request?.period ?? defaultReportPeriod(loaded.plan.settings, today),
    today,
    language: reportLanguage,
    includeOwners: request?.includeOwners ?? true,
    includeCompletedDetail: request?.includeCompletedDetail ?? true,
    includeProblems: request?.includeProblems ?? false,
    problems: loaded.problems,
  });
}
