/**
 * documents.get's shape (https://developers.google.com/docs/api/reference/rest/v1/documents):
 * body.content is a list of StructuralElements with startIndex and endIndex (startIndex 0 is
 * left out, as JSON drops a zero), each a sectionBreak, a paragraph (elements: textRun or
 * pageBreak, and paragraphStyle) or a table (rows, columns, tableRows of tableCells, each with
 * its own content).
 */
import {
  type Cell,
  cellLength,
  type DocsDocument,
  type Element,
  elementLength,
  PAGE_BREAK,
  type Paragraph,
  paragraphLength,
  rowLength,
} from "./model";

type Json = Record<string, unknown>;

const span = (start: number, end: number): Json =>
  start === 0 ? { endIndex: end } : { startIndex: start, endIndex: end };

export function documentJson(doc: DocsDocument): GoogleAppsScript.Docs.Schema.Document {
  const content: Json[] = [{ ...span(0, 1), sectionBreak: { sectionStyle: { sectionType: "CONTINUOUS" } } }];
  let index = 1;
  for (const element of doc.body) {
    content.push(elementJson(element, index));
    index += elementLength(element);
  }
  return {
    documentId: doc.documentId,
    title: doc.title,
    body: { content },
  } as GoogleAppsScript.Docs.Schema.Document;
}

function elementJson(element: Element, start: number): Json {
  return element.kind === "paragraph" ? paragraphJson(element, start) : tableJson(element, start);
}

function paragraphJson(paragraph: Paragraph, start: number): Json {
  const elements: Json[] = [];
  let index = start;
  for (const run of paragraph.runs) {
    // A page break is an element of its own; the text around it, text runs.
    for (const part of run.text.split(new RegExp(`(${PAGE_BREAK})`)).filter((p) => p !== "")) {
      elements.push(
        part === PAGE_BREAK
          ? { ...span(index, index + 1), pageBreak: { textStyle: { ...run.style } } }
          : { ...span(index, index + part.length), textRun: { content: part, textStyle: { ...run.style } } },
      );
      index += part.length;
    }
  }
  return {
    ...span(start, start + paragraphLength(paragraph)),
    paragraph: { elements, paragraphStyle: { ...paragraph.style } },
  };
}

function tableJson(table: Extract<Element, { kind: "table" }>, start: number): Json {
  let index = start + 1;
  const tableRows = table.rows.map((row) => {
    const rowStart = index;
    index += 1;
    const tableCells = row.map((cell) => {
      const json = cellJson(cell, index);
      index += cellLength(cell);
      return json;
    });
    return { ...span(rowStart, rowStart + rowLength(row)), tableCells };
  });
  return {
    ...span(start, start + elementLength(table)),
    table: {
      rows: table.rows.length,
      columns: table.rows[0]?.length ?? 0,
      tableRows,
      tableStyle: { tableColumnProperties: table.columns.map((column) => ({ ...column })) },
      ...(table.pinnedHeaderRows > 0 ? { pinnedHeaderRowsCount: table.pinnedHeaderRows } : {}),
    },
  };
}

function cellJson(cell: Cell, start: number): Json {
  let index = start + 1;
  const content = cell.content.map((paragraph) => {
    const json = paragraphJson(paragraph, index);
    index += paragraphLength(paragraph);
    return json;
  });
  return { ...span(start, start + cellLength(cell)), content, tableCellStyle: { ...cell.style } };
}
