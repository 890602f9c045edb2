import { createFakeGas } from "../../../src/node/gas-fake";
import { gridSheets } from "../../../src/node/playground/grid";

test("the playground shows a tab per visible sheet, as Sheets does", () => {
  const fake = createFakeGas({
    spreadsheet: {
      sheets: [
        { name: "Actions", values: [["Code"]] },
        { name: "Boussole (listes)", values: [["=ARRAYFORMULA(A1)"]], hidden: true },
      ],
    },
  });
  expect(gridSheets(fake.spreadsheet).map((sheet) => sheet.name)).toEqual(["Actions"]);
  fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Boussole (listes)")?.showSheet();
  expect(gridSheets(fake.spreadsheet).map((sheet) => sheet.name)).toEqual(["Actions", "Boussole (listes)"]);
});
