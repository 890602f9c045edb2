/**
 * Issue 12 §2, defects 1–4, through the built dist/Code.js: what the sidebar and Valider write
 * keeps a person's text as typed, days are real dates, and Valider survives deleted rows and
 * columns.
 */
import { type Cell, dateInZone } from "../../src/core/cells";
import { MARK_COLORS } from "../../src/core/sheets/marks";
import { readState } from "../../src/gas/state";
import { dateCell, type FakeGas, type SheetInit } from "../../src/node/gas-fake";
import { generatePlan } from "../support/generate-plan";
import { type BundleGlobals, canonicalInits, HTML_FILES, install, loadBundle, readBundle } from "./helpers";

const TIME_ZONE = "America/Toronto";
const IMPORT = '=IMPORTXML("http://x","//a")';

let code = "";
beforeAll(() => {
  code = readBundle();
});

/** The canonical sheets of a 10-action plan, each exactly as large as its data. */
function setup(change: (actions: SheetInit) => void = () => {}, timeZone = TIME_ZONE) {
  const sheets = canonicalInits(generatePlan(10)).map((sheet) => ({
    ...sheet,
    maxRows: sheet.values.length,
    maxColumns: sheet.values[0].length,
  }));
  const actions = sheets.find((sheet) => sheet.name === "Actions");
  if (!actions) throw new Error("no Actions");
  change(actions);
  const fake = install({ htmlFiles: HTML_FILES, spreadsheet: { timeZone, sheets } });
  const globals = loadBundle(code, fake);
  const header = actions.values[0].map(String);
  const column = (name: string) => header.indexOf(name) + 1;
  return { fake, globals, actions, column };
}

function cell(fake: FakeGas, row: number, column: number) {
  const range = fake.globals.SpreadsheetApp.getActiveSpreadsheet()
    .getSheetByName("Actions")
    ?.getRange(row, column);
  if (!range) throw new Error("no Actions");
  return { value: range.getValue(), formula: range.getFormula(), format: range.getNumberFormat() };
}

describe("defect 1: updateAction writes only the cells it changes", () => {
  it("leaves text between the changed columns as it was, never converted", () => {
    // Cells a person typed with a leading apostrophe: text, in cells of automatic format.
    const typed: Record<string, Cell> = {
      Avancement: "",
      Budget: "+15 %",
      Partenaires: "007",
      Indicateurs: "2020-03-15",
      "Résultat attendu": IMPORT,
      Périodes: "- 10 rencontres",
    };
    const { fake, globals, column, actions } = setup((sheet) => {
      const header = sheet.values[0].map(String);
      for (const [name, value] of Object.entries(typed)) sheet.values[1][header.indexOf(name)] = value;
    });
    const result = globals.updateAction({ code: actions.values[1][0], status: "Réalisée", notes: "Fait" });
    expect(result).toMatchObject({ ok: true, row: 2 });
    for (const [name, value] of Object.entries(typed)) {
      expect({ name, ...cell(fake, 2, column(name)) }).toMatchObject({ name, value, formula: "" });
    }
    expect(cell(fake, 2, column("Statut")).value).toBe("Réalisée");
    expect(cell(fake, 2, column("Notes")).value).toBe("Fait");
  });
});

describe("defect 2: no user text becomes a formula or a converted value", () => {
  it.each([
    ["=1+1", "=1+1"],
    ["+15 %", "+15 %"],
    [IMPORT, IMPORT],
    ["- 10 rencontres", "- 10 rencontres"],
    ["12 500 $", 12500],
  ])("a Budget typed « %s » is stored as %p", (budget, stored) => {
    const { fake, globals, column } = setup();
    const result = globals.addAction({ objectiveCode: "1.1", title: "Budget", budget }) as { row: number };
    expect(result).toMatchObject({ ok: true });
    expect(cell(fake, result.row, column("Budget"))).toMatchObject({ value: stored, formula: "" });
  });
});

describe("defect 3: « Fin prévue » and « Mise à jour » are real dates", () => {
  it("the sidebar writes « Mise à jour » as today's date in the spreadsheet's zone", () => {
    // UTC+14: « today » there is often not today in UTC.
    const zone = "Pacific/Kiritimati";
    const { fake, globals, column } = setup(undefined, zone);
    const result = globals.addAction({ objectiveCode: "1.1", title: "Datée" }) as { row: number };
    const written = cell(fake, result.row, column("Mise à jour"));
    expect(written.value).toEqual(dateCell(dateInZone(new Date(), zone), zone));
    expect(written.format).not.toBe("@");
  });

  it("Valider repairs days written as text in « Fin prévue » and « Mise à jour »", () => {
    const { fake, globals, column } = setup((sheet) => {
      sheet.values = sheet.values.map((row, r) => [...row, r === 0 ? "Fin prévue" : ""]);
      sheet.maxColumns = sheet.values[0].length;
      const header = sheet.values[0].map(String);
      const row = sheet.values[1];
      row[header.indexOf("Échéance")] = "2030-03-15";
      row[header.indexOf("Fin prévue")] = "2030-03-15";
      row[header.indexOf("Mise à jour")] = "2026-11-30";
      sheet.values[2][header.indexOf("Mise à jour")] = "30/11/2026";
      sheet.numberFormats = sheet.values.map((cells) => cells.map((_, c) => (c === 0 ? "0" : "@")));
    });
    globals.menuValidate();
    expect(cell(fake, 2, column("Fin prévue") || 16)).toMatchObject({
      value: dateCell("2030-03-15", TIME_ZONE),
      format: "yyyy-mm-dd",
    });
    expect(cell(fake, 2, column("Mise à jour")).value).toEqual(dateCell("2026-11-30", TIME_ZONE));
    expect(cell(fake, 3, column("Mise à jour")).value).toEqual(dateCell("2026-11-30", TIME_ZONE));
    // Every other « Fin prévue » is the échéance's end, as a date.
    const ends =
      fake.spreadsheet
        .sheet("Actions")
        ?.values()
        .slice(1)
        .map((row) => row[15]) ?? [];
    expect(ends.every((end) => end === "" || end instanceof Date)).toBe(true);
  });
});

describe("defect 4: Valider survives deleted rows and columns", () => {
  /** A mark on a coloured cell (its colour is remembered), then the row or column deleted. */
  function markThenDelete(where: "row" | "column") {
    const context = setup();
    const { fake, globals, actions, column } = context;
    const last = actions.values.length;
    const at =
      where === "row" ? { row: last, column: column("Échéance") } : { row: 2, column: column("Mise à jour") };
    const sheet = fake.spreadsheet.sheet("Actions");
    if (!sheet) throw new Error("no Actions");
    Object.assign(sheet.cellForWrite(at.row, at.column), {
      value: where === "row" ? "bientôt" : "hier",
      background: "#d9ead3",
    });
    globals.menuValidate();
    expect(sheet.cell(at.row, at.column)?.background).toBe(
      MARK_COLORS[where === "row" ? "error" : "warning"],
    );
    expect(Object.keys(readState().restore?.Actions ?? {})).toContain(`${at.row}:${at.column}`);
    const api = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Actions");
    if (where === "row") api?.deleteRows(at.row, 1);
    else api?.deleteColumns(at.column, 1);
    return { globals, at };
  }

  it.each(["row", "column"] as const)("forgets the marks of a deleted %s", (where) => {
    const { globals, at } = markThenDelete(where);
    expect(() => (globals as BundleGlobals).menuValidate()).not.toThrow();
    expect(Object.keys(readState().restore?.Actions ?? {})).not.toContain(`${at.row}:${at.column}`);
  });
});
