/**
 * The Apps Script surface: every named export becomes a top-level function of dist/Code.js (menu
 * items, triggers, google.script.run). Kept thin: each one parses its argument with its schema in
 * the contract (src/gas/rpc/contract.ts), calls the feature, and turns any failure into plain
 * words. Nothing runs at load time. `GlobalSurface` (at the end) checks the exports against the
 * triggers, the menu and the contract.
 */
import { lazy } from "../core/lazy";
import type { Language } from "../core/model";
import { activeSpreadsheet, languageOf, NoSpreadsheetError, type Spreadsheet } from "./env";
import type { MENU_ITEMS } from "./menu";
import {
  type ActionChoice,
  type ActionView,
  type DeadlinePreview,
  type GeneratedReport,
  type OwnerAction,
  type ProblemPage,
  type ReportDialogOptions,
  RPC_CONTRACT,
  type ServerHandlers,
  type SidebarData,
  type WriteResult,
} from "./rpc/contract";

/**
 * The features, each required on first use rather than imported: inside the esbuild bundle a
 * required module is evaluated when first required, so an execution evaluates only what its call
 * needs (Apps Script evaluates the whole bundle at the start of every execution).
 */
declare const require: (id: string) => unknown;
const i18n = lazy(() => require("../core/i18n") as typeof import("../core/i18n"));
const menu = lazy(() => require("./menu") as typeof import("./menu"));
const sidebar = lazy(() => require("./sidebar") as typeof import("./sidebar"));
const actions = lazy(() => require("./actions") as typeof import("./actions"));
const fixes = lazy(() => require("./fix") as typeof import("./fix"));
const rpc = lazy(() => require("./rpc/parse") as typeof import("./rpc/parse"));
const structuring = lazy(() => require("./structure") as typeof import("./structure"));
const validation = lazy(() => require("./validate") as typeof import("./validate"));
const report = lazy(() => require("./annual-report") as typeof import("./annual-report"));
const messages = (language: Language) => i18n().messages(language);

type OpenEvent = GoogleAppsScript.Events.SheetsOnOpen;

// Triggers

export function onOpen(e?: OpenEvent): void {
  menu().buildMenu(e);
}

export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

// Menu items

export function menuOpenSidebar(): void {
  sidebar().openSidebar();
}

export function menuStructure(): void {
  const outcome = structuring().structure();
  const texts = messages(languageOf(activeSpreadsheet())).ui.server;
  const shown = outcome.messages.slice(0, MAX_LINES);
  if (outcome.messages.length > MAX_LINES)
    shown.push(texts.structure.more(outcome.messages.length - MAX_LINES));
  const ui = SpreadsheetApp.getUi();
  ui.alert(texts.structure.title, shown.join("\n\n"), ui.ButtonSet.OK);
}

export function menuValidate(): void {
  const outcome = validation().validate();
  const spreadsheet = activeSpreadsheet();
  spreadsheet.toast(outcome.message, messages(languageOf(spreadsheet)).ui.server.validate.title);
  sidebar().openSidebar("problems");
}

/**
 * « Générer le rapport annuel… »: the dialog (dist/Report.html). Its RPCs (getReportOptions,
 * generateReport) are exported below, in « Report RPCs », by the report feature (src/gas/report/).
 */
export function menuReport(): void {
  const texts = messages(languageOf(activeSpreadsheet())).ui.server;
  const output = HtmlService.createHtmlOutputFromFile("Report")
    .setWidth(REPORT_WIDTH)
    .setHeight(REPORT_HEIGHT);
  SpreadsheetApp.getUi().showModalDialog(output, texts.reportTitle);
}

export function menuHelp(): void {
  const texts = messages(languageOf(activeSpreadsheet())).ui.server;
  const ui = SpreadsheetApp.getUi();
  ui.alert(texts.helpTitle, texts.help, ui.ButtonSet.OK);
}

// Sidebar RPCs

export function getSidebarData(): SidebarData {
  return sidebar().getSidebarData();
}

export function previewDeadline(text: unknown): DeadlinePreview {
  const parsed = RPC_CONTRACT.previewDeadline.argument().safeParse(text);
  return sidebar().previewDeadline(parsed.success ? parsed.data : "");
}

export function addAction(input: unknown): WriteResult {
  return guarded((spreadsheet, language) => {
    const parsed = rpc().parseArgument(RPC_CONTRACT.addAction.argument(), input, language);
    return parsed.ok
      ? actions().addAction(spreadsheet, language, parsed.value)
      : { ok: false, errors: parsed.errors };
  });
}

export function updateAction(input: unknown): WriteResult {
  return guarded((spreadsheet, language) => {
    const parsed = rpc().parseArgument(RPC_CONTRACT.updateAction.argument(), input, language);
    return parsed.ok
      ? actions().updateAction(spreadsheet, language, parsed.value)
      : { ok: false, errors: parsed.errors };
  });
}

export function getAction(code: unknown): ActionView | null {
  const parsed = RPC_CONTRACT.getAction.argument().safeParse(code);
  return parsed.success ? actions().getAction(activeSpreadsheet(), parsed.data) : null;
}

export function applyFix(input: unknown): WriteResult {
  return guarded((spreadsheet, language) => {
    const parsed = rpc().parseArgument(RPC_CONTRACT.applyFix.argument(), input, language);
    return parsed.ok
      ? fixes().applyFix(spreadsheet, language, parsed.value)
      : { ok: false, errors: parsed.errors };
  });
}

export function getProblems(request: unknown): ProblemPage {
  const parsed = RPC_CONTRACT.getProblems.argument().safeParse(request);
  return parsed.success ? sidebar().getProblems(parsed.data) : { count: 0, problems: [] };
}

export function getOwnerActions(name: unknown): OwnerAction[] {
  const parsed = RPC_CONTRACT.getOwnerActions.argument().safeParse(name);
  return parsed.success ? sidebar().getOwnerActions(parsed.data) : [];
}

export function findActions(query: unknown): ActionChoice[] {
  const parsed = RPC_CONTRACT.findActions.argument().safeParse(query);
  return parsed.success ? sidebar().findActions(parsed.data) : [];
}

export function selectCell(location: unknown): void {
  const parsed = RPC_CONTRACT.selectCell.argument().safeParse(location);
  if (parsed.success) sidebar().selectCell(parsed.data);
}

// Report RPCs (the dialog of « Générer le rapport annuel… »). A failure reaches the dialog's
// failure handler as one plain sentence.

export function getReportOptions(): ReportDialogOptions {
  return reporting((spreadsheet, language) => report().reportDialogOptions(spreadsheet, language));
}

export function generateReport(request: unknown): GeneratedReport {
  return reporting((spreadsheet, language) => {
    const parsed = RPC_CONTRACT.generateReport.argument().safeParse(request);
    if (!parsed.success) {
      const refusal = parsed.error.issues.map((issue) => rpc().refusalMessage(issue, language)).find(Boolean);
      throw new (report().ReportRefusal)(refusal ?? messages(language).ui.server.reportInvalid);
    }
    return report().generateAnnualReport(spreadsheet, language, parsed.data);
  });
}

function reporting<T>(run: (spreadsheet: Spreadsheet, language: Language) => T): T {
  let language: Language = "fr";
  try {
    const spreadsheet = activeSpreadsheet();
    language = languageOf(spreadsheet);
    return run(spreadsheet, language);
  } catch (error) {
    if (error instanceof report().ReportRefusal) throw new Error(error.message);
    if (error instanceof NoSpreadsheetError) throw new Error(messages(language).ui.server.noSpreadsheet);
    console.error(error);
    throw new Error(messages(language).ui.server.unexpected);
  }
}

const MAX_LINES = 15;
const REPORT_WIDTH = 460;
const REPORT_HEIGHT = 560;

/** A write never shows an exception to the person: it says plainly that nothing was written. */
function guarded(write: (spreadsheet: Spreadsheet, language: Language) => WriteResult): WriteResult {
  let language: Language = "fr";
  try {
    const spreadsheet = activeSpreadsheet();
    language = languageOf(spreadsheet);
    return write(spreadsheet, language);
  } catch (error) {
    if (error instanceof NoSpreadsheetError) return rpc().fail(messages(language).ui.server.noSpreadsheet);
    console.error(error);
    return rpc().fail(messages(language).ui.server.unexpected);
  }
}

type Triggers = { onOpen(e?: OpenEvent): void; onInstall(e?: OpenEvent): void };
type MenuFunctions = Record<(typeof MENU_ITEMS)[number]["target"], () => void>;
/** Exactly the keys of `Expected`, each of its type: an extra key must be `never`, so it fails. */
type Exactly<
  Actual extends Expected & Record<Exclude<keyof Actual, keyof Expected>, never>,
  Expected,
> = Actual;
/**
 * The global surface, checked at compile time: a call of the contract not exported here, an export
 * that is neither a trigger, a menu item nor a call, or one whose type differs, is a type error.
 */
export type GlobalSurface = Exactly<typeof import("./main"), Triggers & MenuFunctions & ServerHandlers>;
