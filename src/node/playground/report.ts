/**
 * The annual report of the playground's current workbook, rendered locally (.docx, .html) with
 * the same core model and renderers as the CLI: in the playground there is no Google Doc to open.
 * The options are the Report dialog's own request when the page passes it, else the defaults
 * (the last finished fiscal year, the workbook's language, every section).
 */

import { type Cell, dateInZone } from "../../core/cells";
import { isLate } from "../../core/deadline/late";
import type { Language } from "../../core/model";
import { deadlineContext, loadPlan } from "../../core/pipeline";
import { buildReport, defaultReportPeriod } from "../../core/report";
import { type ReportRequestData, reportRequest } from "../../gas/rpc/contract";
import type { SpreadsheetModel } from "../gas-fake";
import { renderReportDocx, renderReportHtml } from "../report";

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
  });
  return parsed.success ? parsed.data : undefined;
}

export async function reportFile(
  model: SpreadsheetModel,
  format: "docx" | "html",
  language: Language,
  request: ReportRequestData | null,
): Promise<ReportFile> {
  const workbook = {
    sheets: model.sheets.map((sheet) => ({ name: sheet.name, values: sheet.values() as Cell[][] })),
    timeZone: model.timeZone,
  };
  const today = dateInZone(new Date(), model.timeZone);
  const reportLanguage = request?.language ?? language;
  const loaded = loadPlan(workbook, { today, language: reportLanguage });
  const context = deadlineContext(loaded.plan, model.timeZone);
  const report = buildReport(loaded.plan, {
    period: request?.period ?? defaultReportPeriod(loaded.plan.settings, today),
    today,
    language: reportLanguage,
    includeOwners: request?.includeOwners ?? true,
    includeCompletedDetail: request?.includeCompletedDetail ?? true,
    problems: loaded.problems,
    isLate: (action) => isLate(action, today, context),
  });
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
