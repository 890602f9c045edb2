/**
 * What a call costs in Apps Script, for the budgets of the issues. Apps Script queues changes to a
 * spreadsheet or a document and sends them in one batch when the script next reads, flushes
 * (`SpreadsheetApp.flush`, `Document.saveAndClose`) or ends: « alternating read and write commands
 * is slow » (Google's best practices). So an operation is weighed by its round trips:
 * - **trip**: a call that must reach a service and wait for it — reading cells, a sheet's used
 *   range, properties, a lock, Drive, showing a page;
 * - **queued**: a change to a spreadsheet or a Doc; a run of them with no trip between is one trip;
 * - **metadata**: the spreadsheet's own description (its sheets, their names and sizes, its locale
 *   and time zone), which the Sheets API returns in one `spreadsheets.get`: the first such call of
 *   an execution is a trip, the next ones are local;
 * - **local**: reaches no service — builders (`newDataValidation()…build()`), handles for a place
 *   already known (`getRange(row, column)`, `getSheet()`, `getUi()`), the page being assembled
 *   (`HtmlOutput`), the elements of an open Doc (loaded once, saved by `saveAndClose`);
 * - **flush**: sends the queued batch (already counted) and closes it.
 * Every call is also counted as it is (CallLog.total): no cost hides behind this model.
 * It is a model, checked against Google's documentation, not against a live account.
 */
export type CallCost = "trip" | "queued" | "metadata" | "local" | "flush";

const LOCAL = new Set([
  "SpreadsheetApp.getActiveSpreadsheet",
  "SpreadsheetApp.getActive",
  "SpreadsheetApp.getUi",
  "DocumentApp.getUi",
  "Spreadsheet.getRange",
  "Spreadsheet.getId",
  "Spreadsheet.getUrl",
  "Sheet.getRange",
  "Sheet.getRangeList",
  "Range.getSheet",
  "Range.getRow",
  "Range.getColumn",
  "Range.getLastRow",
  "Range.getLastColumn",
  "Range.getNumRows",
  "Range.getNumColumns",
  "Range.getA1Notation",
  "Range.getCell",
  "Protection.getDescription",
  "Protection.getRange",
  "Protection.isWarningOnly",
  "Protection.getProtectionType",
  "LockService.getDocumentLock",
  "LockService.getScriptLock",
  "LockService.getUserLock",
  "Lock.hasLock",
  "PropertiesService.getDocumentProperties",
  "PropertiesService.getScriptProperties",
  "PropertiesService.getUserProperties",
  "Ui.createMenu",
  "Ui.createAddonMenu",
  "Menu.addItem",
  "Menu.addSeparator",
  "Menu.addSubMenu",
  "Document.getBody",
  "Document.getId",
  "Document.getUrl",
  "Document.getName",
  "File.getId",
  "File.getUrl",
  "File.getName",
  "Folder.getId",
  "Folder.getName",
]);

const METADATA = new Set([
  "Spreadsheet.getName",
  "Spreadsheet.getSheets",
  "Spreadsheet.getSheetByName",
  "Spreadsheet.getSheetById",
  "Spreadsheet.getNumSheets",
  "Spreadsheet.getSpreadsheetTimeZone",
  "Spreadsheet.getSpreadsheetLocale",
  "Sheet.getName",
  "Sheet.getSheetId",
  "Sheet.getIndex",
  "Sheet.getMaxRows",
  "Sheet.getMaxColumns",
  "Sheet.getFrozenRows",
  "Sheet.getFrozenColumns",
  "Sheet.isSheetHidden",
  "Sheet.getTabColor",
]);

/** Kinds whose every call is local: values built in memory, and the small global services. */
const LOCAL_KINDS = new Set([
  "EmbeddedChartBuilder",
  "EmbeddedColumnChartBuilder",
  "EmbeddedChart",
  "ConditionalFormatRuleBuilder",
  "DataValidationBuilder",
  "ConditionalFormatRule",
  "BooleanCondition",
  "DataValidation",
  "HtmlService",
  "HtmlOutput",
  "HtmlOutputMetaTag",
  "Session",
  "ScriptApp",
  "Utilities",
  "Logger",
  "User",
  "PromptResponse",
  "FileIterator",
  "FolderIterator",
]);

/** Kinds whose changes Apps Script queues: a spreadsheet and its parts, an open Doc and its parts. */
const QUEUEING_KINDS = new Set([
  "Spreadsheet",
  "Sheet",
  "Range",
  "RangeList",
  "Protection",
  "Document",
  "Body",
  "Paragraph",
  "ListItem",
  "Table",
  "TableRow",
  "TableCell",
  "Text",
  "HorizontalRule",
  "PageBreak",
]);

/** The elements of an open Doc: reading them needs no trip. */
const DOC_ELEMENTS = new Set(["Body", "Paragraph", "ListItem", "Table", "TableRow", "TableCell", "Text"]);

const FLUSH = new Set(["SpreadsheetApp.flush", "Document.saveAndClose"]);

const CHANGE =
  /^(set|insert|delete|append|clear|protect|unprotect|hide|show|apply|activate|remove|add|move|copy|merge|auto|replace|edit|sort|trim|break)/;

export function costOf(call: string): CallCost {
  const [kind, method = ""] = call.split(".");
  if (FLUSH.has(call)) return "flush";
  if (LOCAL.has(call) || LOCAL_KINDS.has(kind) || method.startsWith("new")) return "local";
  if (METADATA.has(call)) return "metadata";
  if (QUEUEING_KINDS.has(kind) && CHANGE.test(method)) return "queued";
  if (DOC_ELEMENTS.has(kind)) return "local";
  return "trip";
}
