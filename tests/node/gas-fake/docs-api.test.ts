/**
 * The fake Docs API advanced service. Each test cites the reference page it pins:
 * requests: https://developers.google.com/docs/api/reference/rest/v1/documents/request
 * structure: https://developers.google.com/docs/api/concepts/structure
 */
import type { DocsRequest } from "../../../src/gas/report/docs-types";
import { createFakeGas, MANIFEST_SCOPES, SCOPES } from "../../../src/node/gas-fake";

// biome-ignore lint/suspicious/noExplicitAny: documents.get's JSON, walked as the API returns it
type Json = Record<string, any>;

function newDoc() {
  const fake = createFakeGas();
  const documents = fake.globals.Docs.Documents;
  const id = documents.create({ title: "Rapport" }).documentId as string;
  const send = (...requests: DocsRequest[]) => documents.batchUpdate({ requests }, id);
  const content = () => documents.get(id).body?.content as Json[];
  return { fake, documents, id, send, content };
}

/** The text of a paragraph element of documents.get. */
const text = (element: Json) =>
  (element.paragraph.elements as Json[]).map((e) => e.textRun?.content ?? (e.pageBreak ? "\f" : "")).join("");

describe("documents.create and documents.get", () => {
  // https://developers.google.com/docs/api/reference/rest/v1/documents/create : « Creates a blank document »
  // https://developers.google.com/docs/api/concepts/structure : the body starts with a section break at 0.
  test("a blank Doc is a section break (0–1) and one empty paragraph (1–2)", () => {
    const { content, documents, id } = newDoc();
    expect(documents.get(id).title).toBe("Rapport");
    expect(content()).toEqual([
      { endIndex: 1, sectionBreak: { sectionStyle: { sectionType: "CONTINUOUS" } } },
      {
        startIndex: 1,
        endIndex: 2,
        paragraph: {
          elements: [{ startIndex: 1, endIndex: 2, textRun: { content: "\n", textStyle: {} } }],
          paragraphStyle: { namedStyleType: "NORMAL_TEXT" },
        },
      },
    ]);
  });

  test("each call is one round trip", () => {
    const { fake, send } = newDoc();
    send({ insertText: { location: { index: 1 }, text: "a" } });
    expect(fake.calls.roundTrips()).toBe(2);
  });
});

describe("scopes", () => {
  // https://developers.google.com/docs/api/reference/rest/v1/documents/create , « Authorization
  // scopes »: documents, drive or drive.file. DocumentApp needs documents
  // (https://developers.google.com/apps-script/reference/document/document-app).
  test("under the manifest's scopes, the Docs API works and DocumentApp is refused", () => {
    expect(MANIFEST_SCOPES).not.toContain(SCOPES.documents);
    const fake = createFakeGas();
    expect(() => fake.globals.DocumentApp.create("Rapport")).toThrow(
      "You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents",
    );
    expect(fake.globals.Docs.Documents.create({ title: "Rapport" }).documentId).toBeTruthy();
  });

  test("without drive.file, documents or drive, the Docs API is refused too", () => {
    const fake = createFakeGas({ scopes: [SCOPES.spreadsheetsCurrentOnly] });
    expect(() => fake.globals.Docs.Documents.create({ title: "Rapport" })).toThrow(/Documents\.create/);
  });

  test("a Doc the script made through the API is visible to it under drive.file", () => {
    const fake = createFakeGas();
    const id = fake.globals.Docs.Documents.create({ title: "Rapport" }).documentId as string;
    expect(fake.globals.DriveApp.getFileById(id).getName()).toBe("Rapport");
  });
});

describe("batchUpdate requests", () => {
  // https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest
  test("insertText: a newline splits the paragraph, and every later index moves", () => {
    const { send, content } = newDoc();
    send({ insertText: { location: { index: 1 }, text: "Titre\nCorps" } });
    expect(
      content()
        .slice(1)
        .map((e) => [e.startIndex, e.endIndex, text(e)]),
    ).toEqual([
      [1, 7, "Titre\n"],
      [7, 13, "Corps\n"],
    ]);
    send({ insertText: { location: { index: 7 }, text: "Le " } });
    expect(text(content()[2])).toBe("Le Corps\n");
    expect(content()[2].endIndex).toBe(16);
  });

  test("insertText: past the last newline, or with a control character, is refused", () => {
    const { send } = newDoc();
    expect(() => send({ insertText: { location: { index: 2 }, text: "x" } })).toThrow(
      /requests\[0\]\.insertText/,
    );
    expect(() => send({ insertText: { location: { index: 1 }, text: "a\u0001" } })).toThrow(/control/);
  });

  // https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttablerequest :
  // « A newline character will be inserted before the inserted table, therefore the table start
  // index will be at the specified location index + 1. »
  test("insertTable: starts at location + 1; one index for the table, each row, each cell, and its end", () => {
    const { send, content } = newDoc();
    send(
      { insertText: { location: { index: 1 }, text: "Hello" } },
      { insertTable: { rows: 2, columns: 2, location: { index: 6 } } },
    );
    const [, hello, table, after] = content();
    expect([hello.startIndex, hello.endIndex, text(hello)]).toEqual([1, 7, "Hello\n"]);
    expect([table.startIndex, table.endIndex]).toEqual([7, 19]);
    const rows = table.table.tableRows as Json[];
    expect(rows.map((row) => [row.startIndex, row.endIndex])).toEqual([
      [8, 13],
      [13, 18],
    ]);
    expect(
      rows.flatMap((row) => (row.tableCells as Json[]).map((cell) => cell.content[0].startIndex)),
    ).toEqual([10, 12, 15, 17]);
    expect([after.startIndex, after.endIndex, text(after)]).toEqual([19, 20, "\n"]);
  });

  test("insertText into cells, last cell first, lands in each cell", () => {
    const { send, content } = newDoc();
    send(
      { insertTable: { rows: 2, columns: 2, location: { index: 1 } } },
      // The table starts at 2; its cells' paragraphs at 5, 7, 10 and 12.
      { insertText: { location: { index: 12 }, text: "d" } },
      { insertText: { location: { index: 10 }, text: "c" } },
      { insertText: { location: { index: 7 }, text: "b" } },
      { insertText: { location: { index: 5 }, text: "a\nà" } },
    );
    const table = content()[2];
    const cells = (table.table.tableRows as Json[]).map((row) =>
      (row.tableCells as Json[]).map((cell) => (cell.content as Json[]).map(text).join("")),
    );
    expect(cells).toEqual([
      ["a\nà\n", "b\n"],
      ["c\n", "d\n"],
    ]);
    // 2 + 2 rows + 4 cells + 4 newlines + 6 characters of text.
    expect(table.endIndex - table.startIndex).toBe(18);
  });

  test("insertTable: not at a table's own start, nor past the body", () => {
    const { send } = newDoc();
    send({ insertTable: { rows: 1, columns: 1, location: { index: 1 } } });
    expect(() => send({ insertTable: { rows: 1, columns: 1, location: { index: 99 } } })).toThrow(
      /paragraph/,
    );
  });

  // https://developers.google.com/docs/api/reference/rest/v1/documents/request#insertpagebreakrequest :
  // « Inserts a page break followed by a newline », not inside a table.
  test("insertPageBreak: a page break element and a newline, two indices", () => {
    const { send, content } = newDoc();
    send(
      { insertText: { location: { index: 1 }, text: "a" } },
      { insertPageBreak: { location: { index: 2 } } },
    );
    const paragraph = content()[1];
    expect(
      paragraph.paragraph.elements.map((e: Json) => Object.keys(e).filter((k) => !k.endsWith("Index"))[0]),
    ).toEqual(["textRun", "pageBreak", "textRun"]);
    expect(content().at(-1)?.endIndex).toBe(5);
    send({ insertTable: { rows: 1, columns: 1, location: { index: 4 } } });
    // The table starts at 5; its cell's paragraph at 8.
    expect(() => send({ insertPageBreak: { location: { index: 8 } } })).toThrow(/table/);
  });

  // https://developers.google.com/docs/api/reference/rest/v1/documents/request#updateparagraphstylerequest
  test("updateParagraphStyle: every paragraph the range touches, only the fields named", () => {
    const { send, content } = newDoc();
    send(
      { insertText: { location: { index: 1 }, text: "Titre\nCorps" } },
      {
        updateParagraphStyle: {
          range: { startIndex: 1, endIndex: 7 },
          paragraphStyle: { namedStyleType: "HEADING_1", alignment: "CENTER" },
          fields: "namedStyleType",
        },
      },
    );
    expect(content()[1].paragraph.paragraphStyle).toEqual({ namedStyleType: "HEADING_1" });
    expect(content()[2].paragraph.paragraphStyle).toEqual({ namedStyleType: "NORMAL_TEXT" });
    expect(() =>
      send({ updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: {} } }),
    ).toThrow(/fields/);
  });

  // https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetextstylerequest
  test("updateTextStyle: the runs are split at the range's ends", () => {
    const { send, content } = newDoc();
    send(
      { insertText: { location: { index: 1 }, text: "abcdef" } },
      {
        updateTextStyle: { range: { startIndex: 3, endIndex: 5 }, textStyle: { bold: true }, fields: "bold" },
      },
    );
    expect(
      content()[1].paragraph.elements.map((e: Json) => [
        e.startIndex,
        e.textRun.content,
        e.textRun.textStyle,
      ]),
    ).toEqual([
      [1, "ab", {}],
      [3, "cd", { bold: true }],
      [5, "ef\n", {}],
    ]);
  });

  // https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetablecellstylerequest
  test("updateTableCellStyle: the cells of the range, found by the table's start index", () => {
    const { send, content } = newDoc();
    const fill = { color: { rgbColor: { red: 1, green: 0, blue: 0 } } };
    send(
      { insertTable: { rows: 1, columns: 3, location: { index: 1 } } },
      {
        updateTableCellStyle: {
          tableRange: {
            tableCellLocation: { tableStartLocation: { index: 2 }, rowIndex: 0, columnIndex: 1 },
            rowSpan: 1,
            columnSpan: 2,
          },
          tableCellStyle: { backgroundColor: fill },
          fields: "backgroundColor",
        },
      },
    );
    const cells = content()[2].table.tableRows[0].tableCells as Json[];
    expect(cells.map((cell) => cell.tableCellStyle.backgroundColor ?? null)).toEqual([null, fill, fill]);
    expect(() =>
      send({
        updateTableCellStyle: {
          tableRange: {
            tableCellLocation: { tableStartLocation: { index: 3 }, rowIndex: 0, columnIndex: 0 },
            rowSpan: 1,
            columnSpan: 1,
          },
          tableCellStyle: {},
          fields: "backgroundColor",
        },
      }),
    ).toThrow(/No table starts at index 3/);
  });

  // https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetablecolumnpropertiesrequest :
  // « the minimum supported width is 5 points ».
  test("updateTableColumnProperties: fixed widths, never under 5 pt", () => {
    const { send, content } = newDoc();
    send(
      { insertTable: { rows: 1, columns: 2, location: { index: 1 } } },
      {
        updateTableColumnProperties: {
          tableStartLocation: { index: 2 },
          columnIndices: [1],
          tableColumnProperties: { widthType: "FIXED_WIDTH", width: { magnitude: 120, unit: "PT" } },
          fields: "widthType,width",
        },
      },
    );
    expect(content()[2].table.tableStyle.tableColumnProperties).toEqual([
      { widthType: "EVENLY_DISTRIBUTED" },
      { widthType: "FIXED_WIDTH", width: { magnitude: 120, unit: "PT" } },
    ]);
    expect(() =>
      send({
        updateTableColumnProperties: {
          tableStartLocation: { index: 2 },
          columnIndices: [0],
          tableColumnProperties: { widthType: "FIXED_WIDTH", width: { magnitude: 2, unit: "PT" } },
          fields: "widthType,width",
        },
      }),
    ).toThrow(/5 points/);
  });

  // https://developers.google.com/docs/api/reference/rest/v1/documents/request#pintableheaderrowsrequest
  test("pinTableHeaderRows: the header row repeats on each page", () => {
    const { send, content } = newDoc();
    send(
      { insertTable: { rows: 3, columns: 1, location: { index: 1 } } },
      { pinTableHeaderRows: { tableStartLocation: { index: 2 }, pinnedHeaderRowsCount: 1 } },
    );
    expect(content()[2].table.pinnedHeaderRowsCount).toBe(1);
  });

  // https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate :
  // « the updates in your request are guaranteed to be applied together atomically ».
  test("a batch with one invalid request changes nothing", () => {
    const { send, content } = newDoc();
    expect(() =>
      send(
        { insertText: { location: { index: 1 }, text: "a" } },
        { insertText: { location: { index: 50 }, text: "b" } },
      ),
    ).toThrow(/requests\[1\]/);
    expect(text(content()[1])).toBe("\n");
  });
});

describe("limits", () => {
  // The Docs reference is silent on a batch's size. Google's API front end refuses bodies past
  // 10,485,760 bytes with « Request payload size exceeds the limit: 10485760 bytes. » (seen with the
  // Sheets API: github.com/jlolling/talendcomp_tGoogleSheet/issues/1; the limit is not published:
  // github.com/googleworkspace/dotnet-samples/issues/23). The fake holds batchUpdate to it.
  test("a request body past 10,485,760 bytes is refused, in UTF-8 bytes, and nothing is applied", () => {
    const { send, content } = newDoc();
    // 5.3 million « é »: under the limit in characters, over it in bytes.
    const accented = "é".repeat(5_300_000);
    expect(() => send({ insertText: { location: { index: 1 }, text: accented } })).toThrow(
      "Request payload size exceeds the limit: 10485760 bytes.",
    );
    expect(text(content()[1])).toBe("\n");
  });

  // « Documents: Up to 1.02 million characters » (https://support.google.com/drive/answer/37603).
  // How Docs counts is not said: the fake counts every index, tables' structure included.
  test("a batch that would take the Doc past 1,020,000 characters is refused whole", () => {
    const { send, content } = newDoc();
    send({ insertText: { location: { index: 1 }, text: "a".repeat(1_019_990) } });
    expect(() =>
      send(
        { insertText: { location: { index: 1 }, text: "b" } },
        { insertTable: { rows: 2, columns: 2, location: { index: 1 } } },
      ),
    ).toThrow(/maximum size of 1020000 characters/);
    expect(content()).toHaveLength(2);
    expect(content()[1].endIndex).toBe(1_019_992);
  });
});
