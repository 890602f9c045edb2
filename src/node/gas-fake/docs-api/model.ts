/**
 * A Google Doc as the Docs API sees it (https://developers.google.com/docs/api/concepts/structure):
 * the body is a list of structural elements — a section break at index 0, then paragraphs and
 * tables — and every character has an index, counted in UTF-16 code units. A paragraph ends with
 * "\n"; a table takes one index for its start, one per row start, one per cell start, its cells'
 * content, and one for its end. Indices are not stored: they are counted when needed, so that an
 * edit anywhere moves everything after it, as in the API.
 */

export type Style = Record<string, unknown>;

/** A run of text of one style; a page break is the character "\f" (one index, as in the API). */
export interface Run {
  text: string;
  style: Style;
}

export interface Paragraph {
  kind: "paragraph";
  /** The last run ends with the paragraph's "\n". */
  runs: Run[];
  style: Style;
}

export interface Cell {
  content: Paragraph[];
  style: Style;
}

export interface Table {
  kind: "table";
  rows: Cell[][];
  columns: Style[];
  pinnedHeaderRows: number;
}

export type Element = Paragraph | Table;

export interface DocsDocument {
  documentId: string;
  title: string;
  /** After the section break at index 0. */
  body: Element[];
}

export const PAGE_BREAK = "\f";

export function emptyParagraph(style: Style = { namedStyleType: "NORMAL_TEXT" }): Paragraph {
  return { kind: "paragraph", runs: [{ text: "\n", style: {} }], style: { ...style } };
}

export function paragraphLength(paragraph: Paragraph): number {
  return paragraph.runs.reduce((total, run) => total + run.text.length, 0);
}

export function cellLength(cell: Cell): number {
  return 1 + cell.content.reduce((total, paragraph) => total + paragraphLength(paragraph), 0);
}

export function rowLength(row: Cell[]): number {
  return 1 + row.reduce((total, cell) => total + cellLength(cell), 0);
}

export function elementLength(element: Element): number {
  if (element.kind === "paragraph") return paragraphLength(element);
  return 2 + element.rows.reduce((total, row) => total + rowLength(row), 0);
}

/** A paragraph with where it starts, and the list (body or cell) that holds it. */
export interface Located {
  paragraph: Paragraph;
  start: number;
  list: Element[] | Paragraph[];
  position: number;
  inTable: boolean;
}

/** Every paragraph of the body and of its tables' cells, in index order, with its start index. */
export function* paragraphs(doc: DocsDocument): Generator<Located> {
  let index = 1;
  for (const [position, element] of doc.body.entries()) {
    if (element.kind === "paragraph") {
      yield { paragraph: element, start: index, list: doc.body, position, inTable: false };
      index += paragraphLength(element);
      continue;
    }
    index += 1;
    for (const row of element.rows) {
      index += 1;
      for (const cell of row) {
        index += 1;
        for (const [cellPosition, paragraph] of cell.content.entries()) {
          yield { paragraph, start: index, list: cell.content, position: cellPosition, inTable: true };
          index += paragraphLength(paragraph);
        }
      }
    }
    index += 1;
  }
}

/** The tables of the body with their start index. */
export function* tables(doc: DocsDocument): Generator<{ table: Table; start: number; position: number }> {
  let index = 1;
  for (const [position, element] of doc.body.entries()) {
    if (element.kind === "table") yield { table: element, start: index, position };
    index += elementLength(element);
  }
}

export function bodyEnd(doc: DocsDocument): number {
  return 1 + doc.body.reduce((total, element) => total + elementLength(element), 0);
}
