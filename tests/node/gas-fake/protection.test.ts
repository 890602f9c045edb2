import { createFakeGas } from "../../../src/node/gas-fake";

const REFUSED =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

function plan(user?: string) {
  const fake = createFakeGas({
    spreadsheet: {
      owner: "dg@example.org",
      editors: ["benevole@example.org", "tresorier@example.org"],
      user,
      sheets: [{ name: "Actions", values: [["Code", "Action"]] }],
    },
  });
  const sheet = fake.globals.SpreadsheetApp.getActiveSpreadsheet()?.getSheetByName("Actions");
  if (!sheet) throw new Error("no sheet");
  return { fake, sheet };
}

// https://developers.google.com/apps-script/reference/spreadsheet/range#protect — « Until the
// script actually changes the list of editors for the range […], the permissions mirror those of
// the spreadsheet itself, which effectively means that the range remains unprotected. »
// https://developers.google.com/apps-script/reference/spreadsheet/protection — editors, canEdit,
// setWarningOnly (« Warning-based protection means that every user can edit »).
describe("Protection, enforced on the user running the script", () => {
  it("by default the user running the script is the owner, who edits everything", () => {
    const { fake, sheet } = plan();
    sheet.getRange("A1:B1").protect().removeEditors(["benevole@example.org", "tresorier@example.org"]);
    sheet.getRange("A1").setValue("Numéro");
    expect(fake.spreadsheet.user).toBe("dg@example.org");
  });

  it("a new protection mirrors the spreadsheet's editors: it blocks nobody yet", () => {
    const { fake, sheet } = plan("benevole@example.org");
    const protection = sheet.getRange("A1:B1").protect();
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual([
      "dg@example.org",
      "benevole@example.org",
      "tresorier@example.org",
    ]);
    expect(protection.canEdit()).toBe(true);
    sheet.getRange("B1").setValue("Titre");
    expect(fake.spreadsheet.sheet("Actions")?.values()).toEqual([["Code", "Titre"]]);
  });

  it("once others are removed, their edits of any covered cell throw and change nothing", () => {
    const { fake, sheet } = plan("benevole@example.org");
    fake.spreadsheet.user = "dg@example.org";
    sheet.getRange("A1:B1").protect().removeEditors(["benevole@example.org", "tresorier@example.org"]);
    fake.spreadsheet.user = "benevole@example.org";
    const [protection] = sheet.getProtections(fake.globals.SpreadsheetApp.ProtectionType.RANGE);
    expect(protection.canEdit()).toBe(false);
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual(["dg@example.org"]);
    expect(() =>
      sheet.getRange("B1:C2").setValues([
        ["x", "y"],
        ["z", "w"],
      ]),
    ).toThrow(REFUSED);
    expect(() => sheet.getRange("A1").setBackground("#ff0000")).toThrow(REFUSED);
    expect(() => sheet.getRange("A1").clearContent()).toThrow(REFUSED);
    // Cells outside the protected range stay editable.
    sheet.getRange("A2").setValue("1.1.1");
    expect(fake.spreadsheet.sheet("Actions")?.values()).toEqual([
      ["Code", "Action"],
      ["1.1.1", ""],
    ]);
    protection.addEditor("benevole@example.org");
    sheet.getRange("B1").setValue("Titre");
  });

  it("a warning-only protection (what the add-on's header uses) lets everyone edit", () => {
    const { fake, sheet } = plan("benevole@example.org");
    fake.spreadsheet.user = "dg@example.org";
    const protection = sheet.protect().setWarningOnly(true);
    protection.removeEditors(["benevole@example.org"]);
    fake.spreadsheet.user = "benevole@example.org";
    sheet.getRange("A1").setValue("Code de l'action");
    expect(protection.canEdit()).toBe(true);
  });
});
