import { createFakeGas } from "../../../src/node/gas-fake";
import { costOf } from "../../../src/node/gas-fake/cost";

describe("what a call costs (round trips)", () => {
  it.each([
    ["Range.getValues", "trip"],
    ["Sheet.getSheetValues", "trip"],
    ["Range.getNotes", "trip"],
    ["Sheet.getDataRange", "trip"],
    ["Properties.getProperties", "trip"],
    ["Properties.setProperties", "trip"],
    ["Lock.tryLock", "trip"],
    ["Lock.releaseLock", "trip"],
    ["Ui.showSidebar", "trip"],
    ["Ui.alert", "trip"],
    ["DocumentApp.create", "trip"],
    ["File.moveTo", "trip"],
    ["Range.setValues", "queued"],
    ["Range.setDataValidation", "queued"],
    ["Spreadsheet.insertSheet", "queued"],
    ["Range.protect", "queued"],
    ["Protection.setWarningOnly", "queued"],
    ["Body.appendTable", "queued"],
    ["Paragraph.setHeading", "queued"],
    ["Spreadsheet.getSheetByName", "metadata"],
    ["Spreadsheet.getSpreadsheetTimeZone", "metadata"],
    ["Sheet.getMaxRows", "metadata"],
    ["Sheet.getRange", "local"],
    ["SpreadsheetApp.newDataValidation", "local"],
    ["DataValidationBuilder.requireValueInList", "local"],
    ["HtmlOutput.setTitle", "local"],
    ["Paragraph.getText", "local"],
    ["SpreadsheetApp.flush", "flush"],
    ["Document.saveAndClose", "flush"],
  ])("%s: %s", (call, cost) => {
    expect(costOf(call)).toBe(cost);
  });

  it("reads cost one each; queued changes cost one per run; metadata is fetched once", () => {
    const fake = createFakeGas({ spreadsheet: { sheets: [{ name: "A", values: [["x"]] }] } });
    const spreadsheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet(); // local
    const sheet = spreadsheet.getSheetByName("A"); // metadata: 1
    spreadsheet.getSpreadsheetTimeZone(); // metadata again: free
    sheet?.getRange(1, 1).getValues(); // read: 2
    sheet?.getRange(1, 2).setValue("a"); // opens a batch: 3
    sheet?.getRange(1, 3).setValue("b"); // same batch
    sheet?.setFrozenRows(1); // same batch
    sheet?.getRange(1, 1).getNotes(); // read, closes the batch: 4
    sheet?.getRange(1, 4).setValue("c"); // new batch: 5
    fake.globals.SpreadsheetApp.flush(); // sends it
    sheet?.getRange(1, 5).setValue("d"); // new batch: 6
    expect(fake.calls.roundTrips()).toBe(6);
    expect(fake.calls.total()).toBe(17);
    fake.calls.reset();
    spreadsheet.getSheets(); // a new execution fetches the metadata again
    expect(fake.calls.roundTrips()).toBe(1);
  });

  it("builders and handles cost nothing", () => {
    const fake = createFakeGas();
    const app = fake.globals.SpreadsheetApp;
    app.newDataValidation().requireValueInList(["a"]).setAllowInvalid(false).build();
    app.getUi();
    expect(fake.calls.roundTrips()).toBe(0);
    expect(fake.calls.total()).toBe(5);
  });
});
