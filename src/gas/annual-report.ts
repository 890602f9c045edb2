/**
 * « Générer le rapport annuel… » on the server: the periods the dialog offers, then the report as
 * a new Google Doc whose link is written in Paramètres (« Rapport annuel »).
 */
import { messages } from "../core/i18n";
import type { Language } from "../core/model";
import { buildPlanReport, type LoadedPlan, loadPlan } from "../core/pipeline";
import { defaultReportPeriod, fiscalYears, type ReportDocument, takeSnapshot } from "../core/report";
import { CANONICAL_SHEETS, matchesName, SETTING_KEYS, SETTINGS_SHEET } from "../core/sheets/columns";
import { type CellWrite, writeCells } from "./cell-writer";
import { type Spreadsheet, todayIn } from "./env";
import { readSpec, readSpecs } from "./read";
import { MAX_DOC_CHARACTERS, type RenderedDoc, ReportTooLargeError, renderReportToDoc } from "./report";
import { readSnapshot, writeSnapshot } from "./report/snapshot-sheet";
import type { GeneratedReport, ReportDialogOptions, ReportRequestData } from "./rpc/contract";

/** Thrown with a message for the person: no plan to report on yet, a request not valid, a report too large. */
export class ReportRefusal extends Error {}

function loadCanonical(spreadsheet: Spreadsheet, language: Language): { loaded: LoadedPlan; today: string } {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = todayIn(timeZone);
  const loaded = loadPlan(readSpecs(spreadsheet, CANONICAL_SHEETS, timeZone), { today, language });
  if (loaded.problems.some((p) => p.code === "workbook.noPlan")) {
    throw new ReportRefusal(messages(language).ui.server.reportNeedsPlan);
  }
  return { loaded, today };
}

export function reportDialogOptions(spreadsheet: Spreadsheet, language: Language): ReportDialogOptions {
  const { loaded, today } = loadCanonical(spreadsheet, language);
  const settings = loaded.plan.settings;
  return {
    periods: fiscalYears(settings, today),
    defaultPeriod: defaultReportPeriod(settings, today).label,
    language: settings.language,
  };
}

export function generateAnnualReport(
  spreadsheet: Spreadsheet,
  language: Language,
  request: ReportRequestData,
): GeneratedReport {
  const { loaded, today } = loadCanonical(spreadsheet, language);
  const { previous, rows } = readSnapshot(spreadsheet);
  const report = buildPlanReport(loaded, { ...request, today, previous });
  // The Doc stays where Drive creates it: the link in the sidebar and in Paramètres finds it.
  const doc = renderOrRefuse(report, language);
  writeReportLink(spreadsheet, doc.url, language);
  writeSnapshot(spreadsheet, takeSnapshot(loaded.plan, today), rows);
  return { url: doc.url, name: report.documentName, pdfUrl: doc.pdfUrl };
}

function renderOrRefuse(report: ReportDocument, language: Language): RenderedDoc {
  try {
    return renderReportToDoc(report, { Docs: docsService() }, report.documentName);
  } catch (error) {
    if (!(error instanceof ReportTooLargeError)) throw error;
    const { server, reportDialog } = messages(language).ui;
    const options = [reportDialog.byOwner, reportDialog.completedDetail];
    throw new ReportRefusal(server.reportTooLarge(error.characters, MAX_DOC_CHARACTERS, options));
  }
}

const REPORT_LINK = SETTING_KEYS.find((key) => key.field === "reportLink") ?? SETTING_KEYS[0];

/** The newest report's link, in its row of Paramètres (added, or the sheet created, when missing). */
function writeReportLink(spreadsheet: Spreadsheet, url: string, language: Language): void {
  const settings = readSpec(spreadsheet, SETTINGS_SHEET);
  const text = (value: string): CellWrite => ({ kind: "text", text: value });
  if (!settings) {
    const header = SETTINGS_SHEET.columns.map((column) => text(column[language]));
    const sheet = spreadsheet.insertSheet(SETTINGS_SHEET[language]);
    writeCells(sheet.getRange(1, 1, 2, 2), [header, [text(REPORT_LINK[language]), text(url)]]);
    return;
  }
  const rows = settings.grid.values;
  const index = rows.findIndex((row) => matchesName(String(row[0] ?? ""), REPORT_LINK));
  if (index >= 0) {
    writeCells(settings.sheet.getRange(index + 1, 2, 1, 1), [[text(url)]]);
    return;
  }
  writeCells(settings.sheet.getRange(rows.length + 1, 1, 1, 2), [[text(REPORT_LINK[language]), text(url)]]);
}

/** The Docs advanced service (appsscript.json, enabledAdvancedServices), absent when not enabled. */
function docsService(): GoogleAppsScript.Docs {
  if (typeof Docs === "undefined" || Docs === undefined)
    throw new Error("Docs advanced service is not enabled");
  return Docs;
}
