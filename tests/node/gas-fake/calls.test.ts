import { createContext, runInContext, runInNewContext } from "node:vm";
import { createFakeGas, dateCell, installFakeGas } from "../../../src/node/gas-fake";

describe("call counting and exposure", () => {
  it("every service call is counted, per method", () => {
    const fake = createFakeGas({
      spreadsheet: { sheets: [{ name: "Actions", values: [["Code"], ["1.1.1"]] }] },
    });
    const sheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Actions");
    const values = sheet?.getDataRange().getValues();
    sheet?.getRange(3, 1).setValue("x");
    expect(values).toEqual([["Code"], ["1.1.1"]]);
    expect(fake.calls.byMethod()).toEqual({
      "Range.getValues": 1,
      "Range.setValue": 1,
      "Sheet.getDataRange": 1,
      "Sheet.getRange": 1,
      "Spreadsheet.getSheetByName": 1,
      "SpreadsheetApp.getActiveSpreadsheet": 1,
    });
    expect(fake.calls.total()).toBe(6);
    expect(fake.calls.of("Range.getValues")).toBe(1);
  });

  it("calls one fake makes on another are not counted", () => {
    const fake = createFakeGas();
    const sheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    fake.calls.reset();
    sheet.appendRow(["a", "b"]); // internally gets a range and sets values
    expect(fake.calls.byMethod()).toEqual({ "Sheet.appendRow": 1 });
  });

  it("reset starts the count again", () => {
    const fake = createFakeGas();
    fake.globals.SpreadsheetApp.flush();
    fake.calls.reset();
    expect(fake.calls.total()).toBe(0);
    expect(fake.calls.byMethod()).toEqual({});
  });

  it("a method the fake lacks throws a clear error instead of returning undefined", () => {
    const fake = createFakeGas();
    const range = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange(1, 1);
    expect(() => range.getRichTextValues()).toThrow("not implemented in the fake: Range.getRichTextValues");
    expect(() => (range as unknown as { sheet: unknown }).sheet).toThrow(
      "not implemented in the fake: Range.sheet",
    );
  });

  it("the same sheet is handed out as the same object", () => {
    const fake = createFakeGas();
    const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getActiveSheet()).toBe(ss.getSheets()[0]);
  });

  it("installFakeGas exposes the services as globals of a bare vm context", () => {
    const fake = createFakeGas({
      spreadsheet: { sheets: [{ name: "Paramètres", values: [["Langue", "fr"]] }] },
    });
    const context = installFakeGas({}, fake);
    const result = runInNewContext(
      `SpreadsheetApp.getActive().getSheetByName("Paramètres").getRange("B1").getValue()`,
      context,
    );
    expect(result).toBe("fr");
    expect(fake.calls.total()).toBe(4);
  });

  it("with the context's realm, dates and errors are of the vm's own Date and Error", () => {
    const date = dateCell("2020-03-15", "America/Toronto");
    const fake = createFakeGas({ spreadsheet: { sheets: [{ name: "S", values: [[date]] }] } });
    const context = createContext({});
    installFakeGas(context, fake, runInContext("({ Date, Error })", context));
    const result = runInContext(
      `const range = SpreadsheetApp.getActive().getActiveSheet().getRange("A1:B1");
       const [[read]] = range.getValues();
       range.setValues([[read, new Date(Date.UTC(2021, 0, 2))]]);
       let caught;
       try { range.setValues([]); } catch (e) { caught = e; }
       ({ isDate: read instanceof Date, time: read.getTime(), isError: caught instanceof Error })`,
      context,
    );
    expect(result).toEqual({ isDate: true, time: date.getTime(), isError: true });
    expect(fake.spreadsheet.sheet("S")?.values()).toEqual([[date, new Date(Date.UTC(2021, 0, 2))]]);
  });
});
