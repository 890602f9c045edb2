/**
 * The batchUpdate requests Boussole sends, applied as the Docs API applies them
 * (https://developers.google.com/docs/api/reference/rest/v1/documents/request). Each request is
 * checked first, and a request the API would refuse throws with the API's kind of message; since a
 * batch is atomic, the service applies it to a copy and keeps the copy only when all succeed.
 */
import type { DocsRequest } from "../../../gas/report/docs-types";
import {
  type Cell,
  type DocsDocument,
  emptyParagraph,
  type Located,
  PAGE_BREAK,
  type Paragraph,
  paragraphLength,
  paragraphsIn,
  type Run,
  type Style,
  type Table,
  tables,
  touch,
} from "./model";

export type { DocsRequest } from "../../../gas/report/docs-types";

type Handler = (doc: DocsDocument, request: never) => void;

const HANDLERS: Record<string, Handler> = {
  insertText: (doc, r: GoogleAppsScript.Docs.Schema.InsertTextRequest) =>
    insertText(doc, indexOf(r.location), r.text ?? ""),
  insertTable: (doc, r: GoogleAppsScript.Docs.Schema.InsertTableRequest) =>
    insertTable(doc, indexOf(r.location), r.rows ?? 0, r.columns ?? 0),
  insertPageBreak: (doc, r: GoogleAppsScript.Docs.Schema.InsertPageBreakRequest) =>
    insertPageBreak(doc, indexOf(r.location)),
  updateParagraphStyle: (doc, r: GoogleAppsScript.Docs.Schema.UpdateParagraphStyleRequest) =>
    updateParagraphStyle(doc, rangeOf(r.range), (r.paragraphStyle ?? {}) as Style, r.fields),
  updateTextStyle: (doc, r: GoogleAppsScript.Docs.Schema.UpdateTextStyleRequest) =>
    updateTextStyle(doc, rangeOf(r.range), (r.textStyle ?? {}) as Style, r.fields),
  updateTableCellStyle: (doc, r: NonNullable<DocsRequest["updateTableCellStyle"]>) =>
    updateTableCellStyle(doc, r),
  updateTableColumnProperties: (doc, r: NonNullable<DocsRequest["updateTableColumnProperties"]>) =>
    updateTableColumnProperties(doc, r),
  pinTableHeaderRows: (doc, r: NonNullable<DocsRequest["pinTableHeaderRows"]>) => {
    const table = tableAt(doc, r.tableStartLocation?.index);
    const count = r.pinnedHeaderRowsCount ?? 0;
    if (count < 0 || count > table.rows.length) invalid(`pinnedHeaderRowsCount ${count} is out of range`);
    table.pinnedHeaderRows = count;
  },
};

export function applyRequest(doc: DocsDocument, request: DocsRequest, position: number): void {
  const kinds = Object.keys(request).filter((key) => request[key as keyof DocsRequest] !== undefined);
  if (kinds.length !== 1) invalid(`requests[${position}] must hold exactly one request`);
  const handler = HANDLERS[kinds[0]];
  if (!handler) throw new Error(`not implemented in the fake: Docs request ${kinds[0]}`);
  try {
    handler(doc, request[kinds[0] as keyof DocsRequest] as never);
  } catch (error) {
    throw new Error(`Invalid requests[${position}].${kinds[0]}: ${(error as Error).message}`);
  }
}

function invalid(message: string): never {
  throw new Error(message);
}

function indexOf(location: GoogleAppsScript.Docs.Schema.Location | undefined): number {
  if (location?.segmentId) throw new Error("not implemented in the fake: headers, footers, footnotes");
  const index = location?.index;
  if (index === undefined || !Number.isInteger(index) || index < 1)
    invalid("The insertion index must be at least 1.");
  return index;
}

function rangeOf(range: GoogleAppsScript.Docs.Schema.Range | undefined): [number, number] {
  const start = range?.startIndex;
  const end = range?.endIndex;
  if (start === undefined || end === undefined || start < 0 || end <= start)
    invalid("The range must not be empty.");
  return [start, end];
}

/** The paragraph holding `index`; the API refuses an index past the last paragraph's newline. */
function paragraphAt(doc: DocsDocument, index: number): Located {
  for (const located of paragraphsIn(doc, index, index + 1)) return located;
  invalid(`Index ${index} must be inside the bounds of an existing paragraph.`);
}

/** Splits the paragraph's runs at `offset`: the runs before, and the runs from there. */
function splitRuns(runs: Run[], offset: number): [Run[], Run[]] {
  const before: Run[] = [];
  const after: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const end = at + run.text.length;
    if (end <= offset) before.push(run);
    else if (at >= offset) after.push(run);
    else {
      before.push({ text: run.text.slice(0, offset - at), style: run.style });
      after.push({ text: run.text.slice(offset - at), style: run.style });
    }
    at = end;
  }
  return [before, after];
}

/**
 * insertText: « Inserts text at the specified location »; a "\n" in the text splits the paragraph
 * (each part keeps the paragraph's style), and the inserted text takes the style of the text just
 * before it. The API strips control characters from the text; the renderer never sends any, so
 * the fake refuses them rather than silently shifting indices.
 */
function insertText(doc: DocsDocument, index: number, text: string): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the API strips these characters
  if (/[\u0000-\u0008\u000c-\u001f]/.test(text.replaceAll(PAGE_BREAK, "")))
    invalid("The text holds control characters.");
  insertRaw(doc, index, text);
}

function insertRaw(doc: DocsDocument, index: number, text: string): void {
  if (text === "") invalid("The text to insert must not be empty.");
  const { paragraph, start, list, position, top } = paragraphAt(doc, index);
  touch(top);
  const [before, after] = splitRuns(paragraph.runs, index - start);
  const style = (before.at(-1) ?? after[0])?.style ?? {};
  const parts = text.split("\n");
  if (parts.length === 1) {
    paragraph.runs = merge([...before, { text, style }, ...after]);
    return;
  }
  const made: Paragraph[] = parts.map((part, i) => {
    const runs: Run[] =
      i === 0
        ? [...before, { text: `${part}\n`, style }]
        : i === parts.length - 1
          ? [{ text: part, style }, ...after]
          : [{ text: `${part}\n`, style }];
    return { kind: "paragraph", runs: merge(runs), style: { ...paragraph.style } };
  });
  (list as Paragraph[]).splice(position, 1, ...made);
}

/** Joins neighbouring runs of the same style and drops empty ones, as documents.get returns them. */
function merge(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    if (run.text === "") continue;
    const last = merged.at(-1);
    if (
      last &&
      JSON.stringify(last.style) === JSON.stringify(run.style) &&
      !run.text.startsWith(PAGE_BREAK) &&
      !last.text.endsWith(PAGE_BREAK)
    )
      last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

/**
 * insertTable: « A newline character will be inserted before the inserted table, therefore the
 * table start index will be at the specified location index + 1. The table must be inserted
 * inside the bounds of an existing Paragraph », and not inside a table (the fake does not nest).
 */
function insertTable(doc: DocsDocument, index: number, rows: number, columns: number): void {
  if (rows < 1 || columns < 1) invalid("A table needs at least one row and one column.");
  const located = paragraphAt(doc, index);
  if (located.inTable) throw new Error("not implemented in the fake: a table inside a table");
  insertRaw(doc, index, "\n");
  const table: Table = {
    kind: "table",
    rows: Array.from({ length: rows }, () =>
      Array.from({ length: columns }, (): Cell => ({ content: [emptyParagraph()], style: {} })),
    ),
    columns: Array.from({ length: columns }, () => ({ widthType: "EVENLY_DISTRIBUTED" })),
    pinnedHeaderRows: 0,
  };
  doc.body.splice(located.position + 1, 0, table);
}

/** insertPageBreak: « Inserts a page break followed by a newline »; not inside a table. */
function insertPageBreak(doc: DocsDocument, index: number): void {
  if (paragraphAt(doc, index).inTable) invalid("A page break cannot be inserted inside a table.");
  insertRaw(doc, index, `${PAGE_BREAK}\n`);
}

/** `fields` is required: only the named fields change ("*" for all). */
function pick(style: Style, fields: string | undefined): Style {
  if (fields === undefined || fields === "") invalid("fields must name the fields to update.");
  if (fields === "*") return { ...style };
  return Object.fromEntries(fields.split(",").map((field) => [field.trim(), style[field.trim()]]));
}

function updateParagraphStyle(
  doc: DocsDocument,
  [from, to]: [number, number],
  style: Style,
  fields?: string,
): void {
  const changes = pick(style, fields);
  for (const { paragraph } of paragraphsIn(doc, from, to)) Object.assign(paragraph.style, changes);
}

/** updateTextStyle: the runs inside the range (split at its ends) take the named fields. */
function updateTextStyle(
  doc: DocsDocument,
  [from, to]: [number, number],
  style: Style,
  fields?: string,
): void {
  const changes = pick(style, fields);
  for (const { paragraph, start } of paragraphsIn(doc, from, to)) {
    const end = start + paragraphLength(paragraph);
    const [head, rest] = splitRuns(paragraph.runs, Math.max(0, from - start));
    const [middle, tail] = splitRuns(rest, Math.min(end, to) - Math.max(start, from));
    paragraph.runs = merge([
      ...head,
      ...middle.map((run) => ({ text: run.text, style: { ...run.style, ...changes } })),
      ...tail,
    ]);
  }
}

function tableAt(doc: DocsDocument, index: number | undefined): Table {
  for (const { table, start } of tables(doc)) if (start === index) return table;
  return invalid(`No table starts at index ${index}.`);
}

/** updateTableCellStyle: a tableRange (a cell and its spans), or the whole table. */
function updateTableCellStyle(
  doc: DocsDocument,
  request: NonNullable<DocsRequest["updateTableCellStyle"]>,
): void {
  const changes = pick(request.tableCellStyle ?? {}, request.fields);
  const range = request.tableRange;
  const location = range?.tableCellLocation;
  const table = tableAt(doc, location?.tableStartLocation?.index ?? request.tableStartLocation?.index);
  const row = location?.rowIndex ?? 0;
  const column = location?.columnIndex ?? 0;
  const rows = range ? (range.rowSpan ?? 0) : table.rows.length;
  const columns = range ? (range.columnSpan ?? 0) : table.rows[0].length;
  if (rows < 1 || columns < 1 || row + rows > table.rows.length || column + columns > table.rows[0].length)
    invalid("The table range is outside the table.");
  for (let r = row; r < row + rows; r++)
    for (let c = column; c < column + columns; c++) Object.assign(table.rows[r][c].style, changes);
}

/** updateTableColumnProperties: « the minimum supported width is 5 points ». */
function updateTableColumnProperties(
  doc: DocsDocument,
  request: NonNullable<DocsRequest["updateTableColumnProperties"]>,
): void {
  const table = tableAt(doc, request.tableStartLocation?.index);
  const changes = pick(request.tableColumnProperties ?? {}, request.fields);
  const width = (changes.width as { magnitude?: number } | undefined)?.magnitude;
  if (width !== undefined && width < 5) invalid("The minimum column width is 5 points.");
  const indices = request.columnIndices?.length ? request.columnIndices : table.columns.map((_, i) => i);
  for (const index of indices) {
    if (index < 0 || index >= table.columns.length) invalid(`Column ${index} is outside the table.`);
    Object.assign(table.columns[index], changes);
  }
}
