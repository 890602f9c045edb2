import { createFakeGas } from "../../../src/node/gas-fake";

function setup() {
  const fake = createFakeGas({
    spreadsheet: {
      sheets: [
        { name: "Actions", values: [["Statut"], ["En cours"]] },
        { name: "Listes", values: [["À faire"], ["En cours"], ["Terminé"]] },
      ],
    },
  });
  const app = fake.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  return { fake, app, ss, actions: ss.getSheetByName("Actions") as GoogleAppsScript.Spreadsheet.Sheet };
}

describe("data validation", () => {
  it("a list rule is built, stored per cell and read back with its criteria", () => {
    const { app, actions } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(["À faire", "En cours", "Terminé"], true)
      .setAllowInvalid(false)
      .setHelpText("Choisir un statut")
      .build();
    actions.getRange("A2:A10").setDataValidation(rule);
    const read = actions.getRange("A5").getDataValidation();
    expect(read?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(read?.getCriteriaValues()).toEqual([["À faire", "En cours", "Terminé"], true]);
    expect([read?.getAllowInvalid(), read?.getHelpText()]).toEqual([false, "Choisir un statut"]);
  });

  it("getDataValidations is null where there is no rule", () => {
    const { actions } = setup();
    expect(actions.getRange("A1:B1").getDataValidations()).toEqual([[null, null]]);
  });

  it("a new rule allows invalid input by default", () => {
    const { app } = setup();
    expect(app.newDataValidation().requireTextIsEmail().build().getAllowInvalid()).toBe(true);
  });

  it("a range rule gives its range back", () => {
    const { app, ss, actions } = setup();
    const source = ss.getRange("Listes!A1:A3");
    actions
      .getRange("A2")
      .setDataValidation(app.newDataValidation().requireValueInRange(source, false).build());
    const [range, dropdown] = actions.getRange("A2").getDataValidation()?.getCriteriaValues() ?? [];
    const stored = range as GoogleAppsScript.Spreadsheet.Range;
    expect([stored.getSheet().getName(), stored.getA1Notation(), dropdown]).toEqual([
      "Listes",
      "A1:A3",
      false,
    ]);
  });

  it("writing a value a rejecting rule refuses throws the real message and writes nothing", () => {
    const { app, actions } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(["À faire", "En cours"])
      .setAllowInvalid(false)
      .build();
    actions.getRange("A2:A3").setDataValidation(rule);
    expect(() => actions.getRange("A2:A3").setValues([["À faire"], ["Annulé"]])).toThrow(
      "The data you entered in cell A3 violates the data validation rules set on this cell.",
    );
    expect(actions.getRange("A2").getValue()).toBe("En cours");
  });

  it("a rule that only warns accepts any value", () => {
    const { app, actions } = setup();
    actions.getRange("A2").setDataValidation(app.newDataValidation().requireValueInList(["x"]).build());
    actions.getRange("A2").setValue("y");
    expect(actions.getRange("A2").getValue()).toBe("y");
  });

  it("setDataValidation(null) removes the rule", () => {
    const { app, actions } = setup();
    actions.getRange("A2").setDataValidation(app.newDataValidation().requireCheckbox().build());
    actions.getRange("A2").setDataValidation(null);
    expect(actions.getRange("A2").getDataValidation()).toBeNull();
  });
});

describe("conditional format rules", () => {
  it("rules are set on the sheet and read back with condition, format and ranges", () => {
    const { app, actions } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenTextEqualTo("Terminé")
      .setBackground("#D9EAD3")
      .setFontColor("#274E13")
      .setBold(true)
      .setRanges([actions.getRange("A2:A100")])
      .build();
    const formula = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$A2="En retard"')
      .setBackground("#F4CCCC")
      .setRanges([actions.getRange("A2:C100")])
      .build();
    actions.setConditionalFormatRules([rule, formula]);
    const [first, second] = actions.getConditionalFormatRules();
    const condition = first.getBooleanCondition();
    expect(condition?.getCriteriaType()).toBe(app.BooleanCriteria.TEXT_EQUAL_TO);
    expect(condition?.getCriteriaValues()).toEqual(["Terminé"]);
    expect([condition?.getBackground(), condition?.getFontColor(), condition?.getBold()]).toEqual([
      "#d9ead3",
      "#274e13",
      true,
    ]);
    expect(first.getRanges().map((r) => r.getA1Notation())).toEqual(["A2:A100"]);
    expect(second.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$A2="En retard"']);
  });

  it("setConditionalFormatRules replaces the sheet's rules", () => {
    const { app, actions } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setRanges([actions.getRange("A1")])
      .build();
    actions.setConditionalFormatRules([rule, rule]);
    actions.setConditionalFormatRules([rule]);
    expect(actions.getConditionalFormatRules()).toHaveLength(1);
  });
});
