/**
 * Renders the report model into a new Google Doc. Services are passed in (never the globals) so
 * that the entry code hands over DocumentApp and DriveApp and tests hand over fakes.
 * Call budget: a heading is 2 calls (append, setHeading), a paragraph, table or page break 1;
 * a table is one `appendTable` of the whole grid, never a call per cell, and small blocks are
 * folded together (doc-ops.ts). So an objective section (heading + table) costs 3 calls, an
 * orientation at most 3 (heading + description), the document's own opening 3 (create, getBody,
 * getId) and the move next to the spreadsheet 5. No `saveAndClose`: Apps Script saves the Doc
 * when the script ends, and nothing here reads it back.
 */
import type { HeadingLevel, ReportDocument } from "../../core/report";
import { type DocOp, docOps } from "./doc-ops";

export interface DocServices {
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
}

export interface DocOptions {
  /** The document's name: the model's `documentName`, unless the caller names it otherwise. */
  name: string;
  /** When given, the Doc is moved to this spreadsheet's folder if Drive allows it. */
  spreadsheetId?: string;
}

export interface RenderedDoc {
  id: string;
  url: string;
  /** False when the Doc stayed in the root of My Drive (no spreadsheet, no parent, no permission). */
  movedNextToSpreadsheet: boolean;
}

/** Always creates a new Doc: a report someone has edited is never overwritten. */
export function renderReportToDoc(
  report: ReportDocument,
  services: DocServices,
  options: DocOptions,
): RenderedDoc {
  const doc = services.DocumentApp.create(options.name);
  const body = doc.getBody();
  const headings = headingStyles(services.DocumentApp.ParagraphHeading);
  for (const op of docOps(report.blocks)) appendOp(body, op, headings);
  const id = doc.getId();
  const movedNextToSpreadsheet =
    options.spreadsheetId !== undefined && moveNextTo(services.DriveApp, id, options.spreadsheetId);
  return { id, url: docUrl(id), movedNextToSpreadsheet };
}

/** The Doc's canonical link, built from its id rather than asked for (`getUrl`) at the cost of a call. */
function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

type Headings = Record<HeadingLevel, GoogleAppsScript.Document.ParagraphHeading>;

function headingStyles(style: typeof GoogleAppsScript.Document.ParagraphHeading): Headings {
  return { 0: style.TITLE, 1: style.HEADING1, 2: style.HEADING2, 3: style.HEADING3 };
}

function appendOp(body: GoogleAppsScript.Document.Body, op: DocOp, headings: Headings): void {
  switch (op.kind) {
    case "heading":
      body.appendParagraph(op.text).setHeading(headings[op.level]);
      return;
    case "paragraph":
      body.appendParagraph(op.text);
      return;
    case "table":
      body.appendTable(op.rows);
      return;
    case "pageBreak":
      body.appendPageBreak();
      return;
  }
}

/**
 * Best effort: the add-on may lack the Drive permission on the spreadsheet's folder (a shared
 * drive, a folder it cannot see), and the report must not fail for that.
 */
function moveNextTo(drive: GoogleAppsScript.Drive.DriveApp, docId: string, spreadsheetId: string): boolean {
  try {
    // `next()` throws when there is no parent, which lands in the catch like any refusal.
    const folder = drive.getFileById(spreadsheetId).getParents().next();
    drive.getFileById(docId).moveTo(folder);
    return true;
  } catch {
    return false;
  }
}
