import { createFakeGas, dateCell } from "../../../src/node/gas-fake";

const ZONE = "America/Toronto";

function book(sheets: { name: string; values: (string | number | boolean | Date)[][] }[]) {
  const fake = createFakeGas({ spreadsheet: { sheets } });
  const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = (name: string) => ss.getSheetByName(name) as GoogleAppsScript.Spreadsheet.Sheet;
  return { fake, ss, sheet };
}

// https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues — « Returns the
// rectangular grid of values for this range »: a formula's cell gives its computed value;
// https://developers.google.com/apps-script/reference/spreadsheet/range#getformulas gives its text.
describe("formulas: stored as formulas, read as their values", () => {
  it("setFormula keeps the text for getFormulas and computes the value for getValues", () => {
    const tableau = book([{ name: "Tableau", values: [[2, 3]] }]).sheet("Tableau");
    tableau.getRange(1, 3).setFormula("=A1*B1+1");
    tableau.getRange(1, 4).setValue('=A1&"-"&B1');
    expect(tableau.getRange(1, 1, 1, 4).getFormulas()).toEqual([["", "", "=A1*B1+1", '=A1&"-"&B1']]);
    expect(tableau.getRange(1, 1, 1, 4).getValues()).toEqual([[2, 3, 7, "2-3"]]);
  });

  it("a formula the fake cannot compute makes getValues throw, naming it", () => {
    const tableau = book([{ name: "Tableau", values: [["x"]] }]).sheet("Tableau");
    tableau.getRange(1, 2).setFormula('=IMPORTXML("https://example.org", "//a")');
    expect(() => tableau.getRange(1, 1, 1, 2).getValues()).toThrow(
      'formula not modelled by the fake: =IMPORTXML("https://example.org", "//a")',
    );
    expect(tableau.getRange(1, 2).getFormula()).toBe('=IMPORTXML("https://example.org", "//a")');
  });

  it("the add-on's label list: an ARRAYFORMULA over another sheet spills down its column", () => {
    const { fake, ss, sheet } = book([
      {
        name: "Objectifs",
        values: [
          ["Code", "Objectif"],
          ["1.1", "Mobiliser"],
          ["1.2", ""],
          ["2.1", "Financer"],
        ],
      },
      { name: "Listes", values: [["Objectifs"]] },
    ]);
    const formula = `=ARRAYFORMULA(IF('Objectifs'!A2:A="","",IF('Objectifs'!B2:B="",'Objectifs'!A2:A,'Objectifs'!A2:A&" — "&'Objectifs'!B2:B)))`;
    sheet("Listes").getRange(2, 1).setFormula(formula);
    expect(sheet("Listes").getRange("A1:A6").getValues()).toEqual([
      ["Objectifs"],
      ["1.1 — Mobiliser"],
      ["1.2"],
      ["2.1 — Financer"],
      [""],
      [""],
    ]);
    // Only the anchor holds the formula; the spilled cells count for getLastRow, as in Sheets.
    expect(sheet("Listes").getRange("A2:A3").getFormulas()).toEqual([[formula], [""]]);
    expect(sheet("Listes").getLastRow()).toBe(4);
    expect(fake.spreadsheet.sheet("Listes")?.values()).toEqual([
      ["Objectifs"],
      ["1.1 — Mobiliser"],
      ["1.2"],
      ["2.1 — Financer"],
    ]);
    // The list follows the source as people edit it.
    ss.getSheetByName("Objectifs")?.getRange(3, 2).setValue("Recruter");
    expect(sheet("Listes").getRange(3, 1).getValue()).toBe("1.2 — Recruter");
  });

  it("an array result blocked by content, or past the sheet's edge, shows #REF! and does not spill", () => {
    const { sheet } = book([{ name: "Feuille", values: [[1], [2], [3]] }]);
    sheet("Feuille").getRange(1, 2).setFormula("=ARRAYFORMULA(A1:A3*10)");
    expect(sheet("Feuille").getRange("B1:B3").getValues()).toEqual([[10], [20], [30]]);
    sheet("Feuille").getRange(3, 2).setValue("occupé");
    expect(sheet("Feuille").getRange("B1:B3").getValues()).toEqual([["#REF!"], [""], ["occupé"]]);
    const tall = book([{ name: "Feuille", values: [[1], [2]] }]);
    tall.sheet("Feuille").deleteRows(3, 998);
    tall.sheet("Feuille").getRange(2, 2).setFormula("=ARRAYFORMULA(A1:A2)");
    expect(tall.sheet("Feuille").getRange(2, 2).getValue()).toBe("#REF!");
  });

  it("outside ARRAYFORMULA an operator on a whole range is not modelled", () => {
    const { sheet } = book([{ name: "Feuille", values: [[1], [2]] }]);
    sheet("Feuille").getRange(1, 2).setFormula("=A1:A2*2");
    expect(() => sheet("Feuille").getRange(1, 2).getValue()).toThrow("formula not modelled by the fake");
  });

  it("dashboard counts: COUNTIFS, COUNTA, SUM, IF, ISNUMBER, AND, OR, N", () => {
    const { sheet } = book([
      {
        name: "Actions",
        values: [
          ["Code", "Statut", "Budget"],
          ["1.1.1", "Réalisée", 100],
          ["1.1.2", "En cours", 250.5],
          ["1.2.1", "réalisée", "à venir"],
          ["2.1.1", "Annulée", 40],
        ],
      },
      { name: "Tableau", values: [[""]] },
    ]);
    const cells: [string, unknown][] = [
      ['=COUNTIFS(Actions!B2:B,"Réalisée")', 2],
      ['=COUNTIFS(Actions!B2:B,"<>Annulée",Actions!C2:C,">=100")', 2],
      ['=COUNTIF(Actions!B:B,"En*")', 1],
      ["=COUNTA(Actions!A2:A)", 4],
      ["=SUM(Actions!C2:C)", 390.5],
      ['=IF(ISNUMBER(Actions!C4),"nombre","texte")', "texte"],
      ["=AND(Actions!C2>50,OR(Actions!C5=40,FALSE))", true],
      ['=N("x")+N(TRUE)+N(Actions!C2)', 101],
      ["=-Actions!C5/0", "#DIV/0!"],
    ];
    cells.forEach(([formula], i) => {
      sheet("Tableau")
        .getRange(i + 1, 1)
        .setFormula(formula);
    });
    expect(sheet("Tableau").getRange(1, 1, cells.length, 1).getValues()).toEqual(cells.map(([, v]) => [v]));
  });

  it("TODAY() is midnight in the spreadsheet's time zone, on the fake's clock; dates compare as days", () => {
    const { fake, sheet } = book([{ name: "Actions", values: [[dateCell("2026-12-01", ZONE), "texte"]] }]);
    fake.spreadsheet.now = () => new Date("2026-12-03T15:00:00Z");
    sheet("Actions")
      .getRange(1, 3, 1, 3)
      .setFormulas([["=TODAY()", "=A1<TODAY()", "=B1<TODAY()"]]);
    // Text sorts after numbers, so « texte » < TODAY() is false, as in Sheets.
    expect(sheet("Actions").getRange(1, 3, 1, 3).getValues()).toEqual([
      [dateCell("2026-12-03", ZONE), true, false],
    ]);
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#whenformulasatisfiedformula
// « Sets the conditional format rule to trigger when that given formula evaluates to true. » The
// formula's relative references are those of the range's top-left cell, moved for each cell.
describe("conditional format rules, evaluated (fake-only: spreadsheet.shown)", () => {
  function planWithRules(now: string) {
    const today = dateCell(now, ZONE);
    const { fake, ss, sheet } = book([
      {
        name: "Actions",
        values: [
          ["Code", "Statut", "Fin prévue"],
          ["1.1.1", "En cours", dateCell("2026-11-30", ZONE)],
          ["1.1.2", "Réalisée", dateCell("2026-11-30", ZONE)],
          ["1.1.3", "En cours", dateCell("2027-01-15", ZONE)],
          ["1.1.4", "En cours", "2026-11-30"],
          ["1.1.5", "Annulée", dateCell("2026-11-30", ZONE)],
        ],
      },
    ]);
    fake.spreadsheet.now = () => today;
    const actions = sheet("Actions");
    const range = actions.getRange(2, 1, 999, 3);
    const { SpreadsheetApp } = fake.globals;
    const rule = (formula: string, color: string) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setFontColor(color)
        .setRanges([range])
        .build();
    actions.setConditionalFormatRules([
      rule('=AND($B2="Réalisée",N("boussole")=0)', "#188038"),
      rule('=AND(ISNUMBER($C2),$C2<TODAY(),$B2<>"Réalisée",$B2<>"Annulée",N("boussole")=0)', "#c5221f"),
    ]);
    return { fake, ss };
  }

  it("a late action is shown red on every cell of its row; done, future, cancelled or text dates are not", () => {
    const { fake } = planWithRules("2026-12-03");
    const colour = (row: number, column = 1) => fake.spreadsheet.shown("Actions", row, column).fontColor;
    expect([colour(2), colour(2, 3), colour(3), colour(4), colour(5), colour(6), colour(7)]).toEqual([
      "#c5221f",
      "#c5221f",
      "#188038",
      "#000000",
      // A date stored as text is not a number: the late rule never fires for it.
      "#000000",
      "#000000",
      "#000000",
    ]);
  });

  it("the first rule that holds wins, and a rule leaves the cell's other formats alone", () => {
    const { fake, ss } = planWithRules("2026-12-03");
    ss.getSheetByName("Actions")?.getRange(3, 1).setBackground("#fce8b2");
    expect(fake.spreadsheet.shown("Actions", 3, 1)).toEqual({
      background: "#fce8b2",
      fontColor: "#188038",
      bold: false,
      italic: false,
    });
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsbeforebeforeposition,-howmany
// and #deleterowsrowposition,-howmany: the reference says rows move; as in Sheets' editor, the
// formulas pointing at them follow (a range spanning an insertion grows, a deleted cell is #REF!).
describe("references follow inserted and deleted rows and columns", () => {
  function listed() {
    const { ss, sheet } = book([
      { name: "Objectifs", values: [["Code"], ["1.1"], ["1.2"], ["2.1"]] },
      { name: "Tableau", values: [[""]] },
    ]);
    const tableau = sheet("Tableau");
    tableau
      .getRange(1, 1, 1, 4)
      .setFormulas([["=COUNTA(Objectifs!A2:A4)", "=Objectifs!$A$3", "=ARRAYFORMULA(Objectifs!A2:A)", "=B1"]]);
    return { ss, objectifs: sheet("Objectifs"), tableau };
  }

  it("rows inserted above move the references down, absolute ones too; inside a range they widen it", () => {
    const { objectifs, tableau } = listed();
    objectifs.insertRowsBefore(1, 1);
    objectifs.insertRowsAfter(3, 2);
    expect(tableau.getRange(1, 1, 1, 4).getFormulas()).toEqual([
      ["=COUNTA(Objectifs!A3:A7)", "=Objectifs!$A$6", "=ARRAYFORMULA(Objectifs!A3:A)", "=B1"],
    ]);
    // « $ » fixes a reference against copying, not against rows moving: $A$3 followed « 1.2 ».
    expect(tableau.getRange(1, 1, 1, 2).getValues()).toEqual([[3, "1.2"]]);
  });

  it("rows deleted move references up, shrink ranges, and turn a lost cell into #REF!", () => {
    const { objectifs, tableau } = listed();
    objectifs.deleteRows(3, 1);
    expect(tableau.getRange(1, 1, 1, 3).getFormulas()).toEqual([
      ["=COUNTA(Objectifs!A2:A3)", "=#REF!", "=ARRAYFORMULA(Objectifs!A2:A)"],
    ]);
    expect(tableau.getRange(1, 1).getValue()).toBe(2);
    expect(() => tableau.getRange(1, 2).getValue()).toThrow("formula not modelled by the fake: =#REF!");
  });

  it("columns inserted before a reference move it right; references to other sheets stay", () => {
    const { objectifs, tableau } = listed();
    tableau.insertColumnsBefore(1, 1);
    expect(tableau.getRange(1, 5).getFormula()).toBe("=C1");
    objectifs.insertColumnsBefore(1, 2);
    expect(tableau.getRange(1, 2, 1, 3).getFormulas()).toEqual([
      ["=COUNTA(Objectifs!C2:C4)", "=Objectifs!$C$3", "=ARRAYFORMULA(Objectifs!C2:C)"],
    ]);
  });
});

// The same pages: Sheets moves a sheet's rules, range protections and range criteria with its rows
// and columns, as it moves formulas (a range spanning an insertion grows; one whose every row is
// deleted goes, and its rule or protection with it). The reference is silent on these details.
describe("ranges kept as data follow inserted and deleted rows and columns", () => {
  function guarded() {
    const { fake, ss, sheet } = book([
      { name: "Actions", values: [["Statut"], ["En cours"], ["À venir"], ["Réalisée"], ["En cours"]] },
      { name: "Listes", values: [["Statut"], ["À venir"], ["En cours"], ["Réalisée"]] },
    ]);
    const actions = sheet("Actions");
    const { SpreadsheetApp } = fake.globals;
    actions.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=$A2="Réalisée"')
        .setFontColor("#188038")
        .setRanges([actions.getRange("A2:A5")])
        .build(),
    ]);
    actions.getRange("A2:A5").protect().setDescription("Statuts");
    const list = SpreadsheetApp.newDataValidation()
      .requireValueInRange(sheet("Listes").getRange("A2:A4"))
      .build();
    actions.getRange("A2").setDataValidation(list);
    const ruleRange = () => actions.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation();
    const protectedRange = () =>
      actions.getProtections(SpreadsheetApp.ProtectionType.RANGE)[0]?.getRange().getA1Notation();
    return { fake, ss, actions, listes: sheet("Listes"), ruleRange, protectedRange };
  }

  it("rows inserted above move them down; inside, they grow; the rule's formula follows its range", () => {
    const { fake, actions, ruleRange, protectedRange } = guarded();
    actions.insertRowsBefore(1, 1);
    expect([ruleRange(), protectedRange()]).toEqual(["A3:A6", "A3:A6"]);
    expect(actions.getConditionalFormatRules()[0].getBooleanCondition()?.getCriteriaValues()).toEqual([
      '=$A3="Réalisée"',
    ]);
    expect(fake.spreadsheet.shown("Actions", 5, 1).fontColor).toBe("#188038");
    actions.insertRowsAfter(4, 2);
    expect([ruleRange(), protectedRange()]).toEqual(["A3:A8", "A3:A8"]);
  });

  it("rows deleted shrink them, and a range that loses every row takes its rule and protection", () => {
    const { fake, actions, ruleRange, protectedRange } = guarded();
    actions.deleteRows(2, 1);
    expect([ruleRange(), protectedRange()]).toEqual(["A2:A4", "A2:A4"]);
    actions.deleteRows(2, 3);
    expect(actions.getConditionalFormatRules()).toEqual([]);
    expect(actions.getProtections(fake.globals.SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
  });

  it("a validation's list range follows the rows of the sheet it names", () => {
    const { actions, listes } = guarded();
    listes.insertRowsBefore(2, 1);
    const [range] = actions.getRange("A2").getDataValidation()?.getCriteriaValues() ?? [];
    expect((range as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe("A3:A5");
  });
});
