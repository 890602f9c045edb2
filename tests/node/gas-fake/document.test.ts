import { createFakeGas, SCOPES } from "../../../src/node/gas-fake";

function newDoc(scopes?: string[]) {
  const fake = createFakeGas({ scopes, spreadsheet: { id: "sheet-id", folder: "Conseil d'administration" } });
  const doc = fake.globals.DocumentApp.create("Rapport annuel");
  return { fake, doc, body: doc.getBody(), DocumentApp: fake.globals.DocumentApp };
}

describe("DocumentApp", () => {
  it("a new document holds one empty paragraph", () => {
    const { body, fake } = newDoc();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe("");
    expect(fake.documents[0].blocks()).toEqual([
      { type: "paragraph", heading: "NORMAL", text: "", alignment: null, spans: [], attributes: {} },
    ]);
  });

  it("paragraphs, headings, list items and tables appear in the plain view", () => {
    const { body, fake, DocumentApp } = newDoc();
    body.appendParagraph("Rapport 2024").setHeading(DocumentApp.ParagraphHeading.TITLE);
    body
      .appendParagraph("Orientation 1")
      .setHeading(DocumentApp.ParagraphHeading.HEADING1)
      .setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    body.appendListItem("Action 1.1.1").setGlyphType(DocumentApp.GlyphType.NUMBER).setNestingLevel(1);
    body.appendTable([
      ["Code", "Statut"],
      ["1.1.1", "En cours"],
    ]);
    body.appendPageBreak();
    body.appendHorizontalRule();
    const blocks = fake.documents[0].blocks();
    expect(blocks.map((b) => b.type)).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
      "listItem",
      "table",
      "pageBreak",
      "horizontalRule",
    ]);
    expect(blocks[1]).toMatchObject({ heading: "TITLE", text: "Rapport 2024" });
    expect(blocks[2]).toMatchObject({ heading: "HEADING1", alignment: "CENTER" });
    expect(blocks[3]).toMatchObject({ text: "Action 1.1.1", glyph: "NUMBER", nesting: 1 });
    expect(blocks[4]).toMatchObject({
      rows: [
        ["Code", "Statut"],
        ["1.1.1", "En cours"],
      ],
    });
  });

  it("tables are read cell by cell", () => {
    const { body } = newDoc();
    const table = body.appendTable([
      ["a", "b"],
      ["c", "d"],
    ]);
    table.setBorderWidth(0).setColumnWidth(0, 120);
    expect([table.getNumRows(), table.getRow(1).getNumCells(), table.getRow(1).getCell(0).getText()]).toEqual(
      [2, 2, "c"],
    );
    expect(table.getCell(0, 1).getText()).toBe("b");
    expect(() => table.getRow(2)).toThrow(
      "Child index (2) must be less than the number of child elements (2).",
    );
  });

  it("appendTable refuses a ragged grid", () => {
    const { body } = newDoc();
    expect(() => body.appendTable([["a", "b"], ["c"]])).toThrow("rectangular");
  });

  it("text styles apply to inclusive offset ranges and show as spans", () => {
    const { body, fake } = newDoc();
    const text = body.appendParagraph("Statut : En retard").editAsText();
    text.setBold(0, 5, true).setForegroundColor(9, 17, "#cc0000");
    text.setLinkUrl("https://example.org");
    const spans = (fake.documents[0].blocks()[1] as { spans: unknown[] }).spans;
    expect(spans).toEqual([
      { start: 0, end: 6, style: { bold: true, linkUrl: "https://example.org" } },
      { start: 6, end: 9, style: { linkUrl: "https://example.org" } },
      { start: 9, end: 18, style: { foregroundColor: "#cc0000", linkUrl: "https://example.org" } },
    ]);
    expect(() => text.setBold(0, 18, true)).toThrow("Index (18)");
  });

  it("appendText returns the appended part, which inherits the style before it", () => {
    const { body } = newDoc();
    const paragraph = body.appendParagraph("");
    paragraph.appendText("Responsable : ").setBold(true);
    const name = paragraph.appendText("DG");
    expect(paragraph.getText()).toBe("Responsable : DG");
    expect(name.isBold()).toBe(true);
    name.setBold(false);
    expect(paragraph.editAsText().isBold()).toBeNull();
  });

  it("setAttributes styles the text and keeps the other attributes", () => {
    const { body, DocumentApp } = newDoc();
    const attrs: Record<string, unknown> = {};
    attrs[DocumentApp.Attribute.BOLD] = true;
    attrs[DocumentApp.Attribute.SPACING_AFTER] = 6;
    const paragraph = body.appendParagraph("x").setAttributes(attrs);
    expect(paragraph.editAsText().isBold()).toBe(true);
    expect(paragraph.getAttributes()).toMatchObject({ SPACING_AFTER: 6 });
  });

  it("replaceText replaces every match in every paragraph and table cell, literally", () => {
    const { body } = newDoc();
    body.appendParagraph("Bilan {{annee}} et {{annee}}");
    body.appendTable([["{{annee}}"]]);
    body.replaceText("\\{\\{annee\\}\\}", "$2024");
    expect(body.getText()).toBe("\nBilan $2024 et $2024\n$2024");
  });

  it("replaceText refuses what RE2 lacks: lookaround and backreferences", () => {
    const { body } = newDoc();
    expect(() => body.replaceText("a(?=b)", "x")).toThrow("RE2");
    expect(() => body.replaceText("(a)\\1", "x")).toThrow("RE2");
  });

  it("the last paragraph of the body cannot be removed", () => {
    const { body } = newDoc();
    expect(() => body.getChild(0).removeFromParent()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
  });

  it("clear leaves one empty paragraph", () => {
    const { body } = newDoc();
    body.appendParagraph("a");
    body.appendTable([["b"]]);
    body.clear();
    expect([body.getNumChildren(), body.getText()]).toEqual([1, ""]);
  });

  it("getChild gives typed elements", () => {
    const { body, DocumentApp } = newDoc();
    body.appendTable([["x"]]);
    expect(body.getChild(1).getType()).toBe(DocumentApp.ElementType.TABLE);
    expect(body.getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
  });

  it("a closed document refuses edits but still gives its id and url; openById reopens it", () => {
    const { doc, body, DocumentApp } = newDoc();
    doc.saveAndClose();
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(() => body.appendParagraph("x")).toThrow("Document is closed, its contents cannot be updated.");
    expect(() => doc.getBody()).toThrow("Document is closed");
    DocumentApp.openById(doc.getId()).getBody().appendParagraph("x");
    expect(() => DocumentApp.openById("nope")).toThrow("Document is missing");
  });
});

describe("DriveApp", () => {
  const ALL_OF_DRIVE = [SCOPES.documents, SCOPES.drive];

  it("with the full drive scope, a created doc starts in the root folder and can be moved next to the spreadsheet", () => {
    const { doc, fake } = newDoc(ALL_OF_DRIVE);
    const { DriveApp } = fake.globals;
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getParents().next().getId()).toBe(DriveApp.getRootFolder().getId());
    const folder = DriveApp.getFileById("sheet-id").getParents().next();
    expect(folder.getName()).toBe("Conseil d'administration");
    file.moveTo(folder);
    const parents = DriveApp.getFileById(doc.getId()).getParents();
    expect(parents.next().getName()).toBe("Conseil d'administration");
    expect(parents.hasNext()).toBe(false);
    expect(() => parents.next()).toThrow("Cannot retrieve the next object: iterator has reached the end.");
    expect(file.getName()).toBe("Rapport annuel");
  });

  // https://developers.google.com/drive/api/guides/api-specific-auth — drive.file: « access to
  // files created or opened by the app ». The manifest's scopes (appsscript.json) hold drive.file
  // only: the container spreadsheet, its folder and the root are not the script's to see.
  it("under drive.file (the manifest's scopes) only the files the script created are seen", () => {
    const { doc, fake } = newDoc();
    const { DriveApp } = fake.globals;
    expect(fake.access.has(SCOPES.driveFile) && !fake.access.has(SCOPES.drive)).toBe(true);
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getName()).toBe("Rapport annuel");
    const missing = "No item with the given ID could be found, or you do not have permission to access it.";
    expect(() => DriveApp.getFileById("sheet-id")).toThrow(missing);
    expect(() => DriveApp.getRootFolder()).toThrow(missing);
    expect(file.getParents().hasNext()).toBe(false);
    expect(() => file.getParents().next()).toThrow("iterator has reached the end");
  });

  it("moveTo a folder the script no longer sees (drive scope revoked, drive.file kept) fails as missing", () => {
    const { doc, fake } = newDoc([...ALL_OF_DRIVE, SCOPES.driveFile]);
    const { DriveApp } = fake.globals;
    const folder = DriveApp.getFileById("sheet-id").getParents().next();
    fake.access.scopes.delete(SCOPES.drive);
    expect(() => DriveApp.getFileById(doc.getId()).moveTo(folder)).toThrow(
      "No item with the given ID could be found",
    );
    expect(fake.drive.items.get(doc.getId())?.parentId).toBe(fake.drive.root.id);
  });

  it("getFileById throws for an unknown id", () => {
    const { DriveApp } = createFakeGas({ scopes: [SCOPES.drive] }).globals;
    expect(() => DriveApp.getFileById("missing")).toThrow("No item with the given ID could be found");
  });
});
