/**
 * Renders the report model into a new Google Doc. Services are passed in (never the globals) so
 * that the entry code hands over DocumentApp and DriveApp and tests hand over fakes.
 * Call budget: a heading is 2 calls (append, setHeading), a paragraph, table or page break 1;
 * a table is one `appendTable` of the whole grid, never a call per cell. So an objective section
 * (heading + table) costs 3 calls; opening, saving and moving the file cost 11 in all.
 */
import type { HeadingLevel, ReportBlock, ReportDocument } from "../../core/report";
import { progressBar } from "../../core/report";

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
  for (const block of report.blocks) appendBlock(body, block, headings);
  const id = doc.getId();
  const url = doc.getUrl();
  doc.saveAndClose();
  const movedNextToSpreadsheet =
    options.spreadsheetId !== undefined && moveNextTo(services.DriveApp, id, options.spreadsheetId);
  return { id, url, movedNextToSpreadsheet };
}

type Headings = Record<HeadingLevel, GoogleAppsScript.Document.ParagraphHeading>;

function headingStyles(style: typeof GoogleAppsScript.Document.ParagraphHeading): Headings {
  return { 0: style.TITLE, 1: style.HEADING1, 2: style.HEADING2, 3: style.HEADING3 };
}

function appendBlock(body: GoogleAppsScript.Document.Body, block: ReportBlock, headings: Headings): void {
  switch (block.kind) {
    case "heading":
      body.appendParagraph(block.text).setHeading(headings[block.level]);
      return;
    case "paragraph":
      body.appendParagraph(block.text);
      return;
    case "fields":
      body.appendTable(block.items.map((item) => [item.label, item.value]));
      return;
    case "table":
      body.appendTable([block.columns, ...block.rows, ...(block.footer ? [block.footer] : [])]);
      return;
    case "progress":
      body.appendParagraph(`${block.label} ${progressBar(block.percent)} ${block.text}`);
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
    const parents = drive.getFileById(spreadsheetId).getParents();
    if (!parents.hasNext()) return false;
    drive.getFileById(docId).moveTo(parents.next());
    return true;
  } catch {
    return false;
  }
}
