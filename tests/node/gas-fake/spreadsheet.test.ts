import { createFakeGas } from "../../../src/node/gas-fake";

function workbook() {
  const fake = createFakeGas({
    spreadsheet: {
      name: "Plan 2024",
      id: "abc",
      sheets: [
        {
          name: "Orientations",
          values: [
            ["Code", "Titre"],
            ["1", "Gouvernance"],
          ],
        },
        { name: "Actions", values: [] },
      ],
    },
  });
  return { fake, ss: fake.globals.SpreadsheetApp.getActiveSpreadsheet() };
}

describe("Spreadsheet", () => {
  it("identifies itself and reports its time zone and locale (defaults America/Toronto, fr_CA)", () => {
    const { ss } = workbook();
    expect([ss.getId(), ss.getName(), ss.getUrl()]).toEqual([
      "abc",
      "Plan 2024",
      "https://docs.google.com/spreadsheets/d/abc/edit",
    ]);
    expect([ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual(["America/Toronto", "fr_CA"]);
  });

  it("getProtections lists the protections of every sheet, each with its range", () => {
    const { fake, ss } = workbook();
    ss.getSheetByName("Actions")?.getRange(1, 1, 1, 2).protect().setDescription("En-tête");
    const protections = ss.getProtections(fake.globals.SpreadsheetApp.ProtectionType.RANGE);
    expect(protections.map((p) => [p.getDescription(), p.getRange().getSheet().getName()])).toEqual([
      ["En-tête", "Actions"],
    ]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getsheetbynamename
  // The page is silent on case; Sheets keeps tab names unique regardless of case (its tab bar and
  // its formulas treat « actions » and « Actions » as one name), so the fake matches case-blind.
  it("getSheetByName ignores case and returns null for a missing sheet", () => {
    const { ss } = workbook();
    expect(ss.getSheetByName("Objectifs")).toBeNull();
    expect(ss.getSheetByName("actions")?.getName()).toBe("Actions");
    expect(ss.getSheetByName("ACTIONS")?.getName()).toBe("Actions");
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname
  it("insertSheet rejects a duplicate name, also one that differs only by case", () => {
    const { ss } = workbook();
    expect(() => ss.insertSheet("Actions")).toThrow(
      'A sheet with the name "Actions" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet("actions")).toThrow(
      'A sheet with the name "actions" already exists. Please enter another name.',
    );
    expect(ss.getNumSheets()).toBe(2);
  });

  it("insertSheet places the sheet at the index and makes it active", () => {
    const { ss, fake } = workbook();
    const sheet = ss.insertSheet("Responsables", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Responsables", "Orientations", "Actions"]);
    expect(ss.getActiveSheet().getName()).toBe("Responsables");
    expect([sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getIndex()]).toEqual([1000, 26, 1]);
    expect(fake.spreadsheet.sheet("Responsables")?.values()).toEqual([]);
  });

  it("setName rejects a name another sheet has", () => {
    const { ss } = workbook();
    expect(() => ss.getSheetByName("Actions")?.setName("Orientations")).toThrow("already exists");
    expect(() => ss.getSheetByName("Actions")?.setName("orientations")).toThrow("already exists");
    expect(ss.getSheetByName("Actions")?.setName("ACTIONS").getName()).toBe("ACTIONS");
  });

  it("deleteSheet removes a sheet but never the last one", () => {
    const { ss } = workbook();
    ss.deleteSheet(ss.getSheetByName("Actions") as GoogleAppsScript.Spreadsheet.Sheet);
    expect(ss.getNumSheets()).toBe(1);
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  it("the active sheet and range follow activate and setActiveRange", () => {
    const { ss } = workbook();
    expect(ss.getActiveSheet().getName()).toBe("Orientations");
    expect(ss.getActiveRange()?.getA1Notation()).toBe("A1");
    const range = ss.getSheetByName("Actions")?.getRange("B3:C4") as GoogleAppsScript.Spreadsheet.Range;
    ss.setActiveRange(range);
    expect(ss.getActiveSheet().getName()).toBe("Actions");
    expect(ss.getActiveRange()?.getA1Notation()).toBe("B3:C4");
    expect(ss.getCurrentCell()?.getA1Notation()).toBe("B3");
  });

  it("getRange with a sheet name reads that sheet", () => {
    const { ss } = workbook();
    expect(ss.getRange("Orientations!B2").getValue()).toBe("Gouvernance");
    expect(ss.getRange("'Orientations'!A1:B1").getValues()).toEqual([["Code", "Titre"]]);
  });

  it("toast is recorded", () => {
    const { ss, fake } = workbook();
    ss.toast("Plan validé", "Boussole");
    expect(fake.ui.toasts).toEqual([{ message: "Plan validé", title: "Boussole", timeoutSeconds: 5 }]);
  });

  it("the model snapshot loads back into an identical workbook", () => {
    const { ss, fake } = workbook();
    const sheet = ss.getSheetByName("Orientations") as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.getRange("A2").setNote("à revoir");
    sheet.setFrozenRows(1);
    const snapshot = fake.spreadsheet.snapshot();
    const copy = createFakeGas({ spreadsheet: snapshot });
    expect(copy.spreadsheet.snapshot()).toEqual(snapshot);
    expect(snapshot.sheets[0].notes).toEqual([
      ["", ""],
      ["à revoir", ""],
    ]);
  });

  it("every change through the services moves the model's revision", () => {
    const { ss, fake } = workbook();
    const before = fake.spreadsheet.revision;
    ss.getSheets()[0].getRange(1, 1).getValues();
    expect(fake.spreadsheet.revision).toBe(before);
    ss.getSheets()[0].getRange(1, 1).setValue("x");
    expect(fake.spreadsheet.revision).toBeGreaterThan(before);
  });
});

describe("Sheet", () => {
  const sheetOf = (values: string[][] = []) => {
    const fake = createFakeGas({ spreadsheet: { sheets: [{ name: "S", values }] } });
    return fake.globals.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  };

  it("getSheetValues with -1 reads to the last row and column with content", () => {
    const sheet = sheetOf([
      ["a", "b", ""],
      ["c", "", ""],
    ]);
    expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual([
      ["a", "b"],
      ["c", ""],
    ]);
    expect(sheet.getSheetValues(2, 1, -1, 1)).toEqual([["c"]]);
    expect(() => sheetOf().getSheetValues(1, 1, -1, -1)).toThrow(
      "The number of rows in the range must be at least 1.",
    );
  });

  it("hiding the active sheet activates another; the last visible sheet cannot be hidden", () => {
    const { fake, ss } = workbook();
    const actions = ss.getSheetByName("Actions");
    actions?.activate();
    actions?.hideSheet();
    expect(actions?.isSheetHidden()).toBe(true);
    expect(ss.getActiveSheet().getName()).toBe("Orientations");
    expect(() => ss.getSheetByName("Orientations")?.hideSheet()).toThrow("You can't hide all the sheets");
    expect(fake.spreadsheet.snapshot().sheets.map((sheet) => sheet.hidden)).toEqual([false, true]);
  });

  it("getLastRow is 0 on an empty sheet", () => {
    const sheet = sheetOf();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
  });

  it("getDataRange is A1 on an empty sheet and A1 to the last content otherwise", () => {
    expect(sheetOf().getDataRange().getA1Notation()).toBe("A1");
    const sheet = sheetOf([
      ["a", "", ""],
      ["", "", "c"],
      ["", "", ""],
    ]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C2");
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([2, 3]);
  });

  it("formats and notes do not count as content for getLastRow", () => {
    const sheet = sheetOf([["a"]]);
    sheet.getRange("A5").setBackground("#ff0000").setNote("n");
    expect(sheet.getLastRow()).toBe(1);
  });

  it("appendRow writes after the last row with content and grows a full sheet", () => {
    const sheet = sheetOf([["Code"]]);
    sheet.appendRow(["1.1", "Titre"]);
    expect(sheet.getDataRange().getValues()).toEqual([
      ["Code", ""],
      [1.1, "Titre"],
    ]);
    sheet.deleteRows(3, 998);
    expect(sheet.getMaxRows()).toBe(2);
    sheet.appendRow(["x"]);
    expect([sheet.getMaxRows(), sheet.getLastRow()]).toEqual([3, 3]);
  });

  it("insertRowsAfter shifts the rows below down", () => {
    const sheet = sheetOf([["a"], ["b"]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getDataRange().getValues()).toEqual([["a"], [""], [""], ["b"]]);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  it("deleteRow shifts the rows below up; deleting every row is refused", () => {
    const sheet = sheetOf([["a"], ["b"], ["c"]]);
    sheet.deleteRow(2);
    expect(sheet.getDataRange().getValues()).toEqual([["a"], ["c"]]);
    expect(() => sheet.deleteRows(1, 999)).toThrow(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
    expect(() => sheet.deleteRows(2000, 1)).toThrow("Those rows are out of bounds.");
  });

  it("clear and clearContents empty the sheet", () => {
    const sheet = sheetOf([["a", "b"]]);
    sheet.getRange("A1").setBackground("#000000");
    sheet.clearContents();
    expect([sheet.getLastRow(), sheet.getRange("A1").getBackground()]).toEqual([0, "#000000"]);
    sheet.clear();
    expect(sheet.getRange("A1").getBackground()).toBe("#ffffff");
  });

  it("frozen rows, column widths (default 100), hidden columns and tab colour are kept", () => {
    const sheet = sheetOf();
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(2, 2, 240);
    sheet.hideColumns(5);
    sheet.setTabColor("#123456");
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(1), sheet.getColumnWidth(3)]).toEqual([1, 100, 240]);
    expect([sheet.isColumnHiddenByUser(5), sheet.getTabColor()]).toEqual([true, "#123456"]);
  });

  it("protect returns the sheet's existing protection when there is one", () => {
    const sheet = sheetOf();
    sheet.protect().setWarningOnly(true).setDescription("Géré par Boussole");
    const again = sheet.protect();
    expect([again.isWarningOnly(), again.getDescription()]).toEqual([true, "Géré par Boussole"]);
    const type = createFakeGas().globals.SpreadsheetApp.ProtectionType;
    expect(sheet.getProtections(type.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(type.RANGE)).toHaveLength(0);
  });
});
