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

/**
 * Lengths of top-level elements, remembered until an edit touches them (`touch`): finding an index
 * walks the body adding numbers, and descends only into the table that holds it.
 */
const lengths = new WeakMap<Element, number>();

export function elementLength(element: Element): number {
  const known = lengths.get(element);
  if (known !== undefined) return known;
  const length =
    element.kind === "paragraph"
      ? paragraphLength(element)
      : 2 + element.rows.reduce((total, row) => total + rowLength(row), 0);
  lengths.set(element, length);
  return length;
}

/** Forgets a top-level element's length after an edit inside it. */
export function touch(element: Element): void {
  lengths.delete(element);
}

/** A paragraph with where it starts, the list (body or cell) that holds it, and its top-level element. */
export interface Located {
  paragraph: Paragraph;
  start: number;
  list: Element[] | Paragraph[];
  position: number;
  inTable: boolean;
  top: Element;
}

/** The paragraphs (tables' cells included) that overlap [from, to), in index order. */
export function* paragraphsIn(doc: DocsDocument, from: number, to: number): Generator<Located> {
  let index = 1;
  for (const [position, element] of doc.body.entries()) {
    if (index >= to) return;
    const end = index + elementLength(element);
    if (end <= from) {
      index = end;
      continue;
    }
    if (element.kind === "paragraph") {
      yield { paragraph: element, start: index, list: doc.body, position, inTable: false, top: element };
      index = end;
      continue;
    }
    let at = index + 1;
    for (const row of element.rows) {
      at += 1;
      for (const cell of row) {
        at += 1;
        for (const [cellPosition, paragraph] of cell.content.entries()) {
          const length = paragraphLength(paragraph);
          if (at < to && at + length > from)
            yield {
              paragraph,
              start: at,
              list: cell.content,
              position: cellPosition,
              inTable: true,
              top: element,
            };
          at += length;
        }
      }
    }
    index = end;
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
