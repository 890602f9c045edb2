import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Cell } from "../../src/core/cells";
import { parseSnapshotRows } from "../../src/core/sheets/snapshots";
import { menuStructure } from "../../src/gas/main";
import { structure } from "../../src/gas/structure";
import type { FakeGas } from "../../src/node/gas-fake";
import { generatePlan } from "../support/generate-plan";
import { install, installPlan, values } from "./helpers";

const CANONICAL = ["Orientations", "Objectifs", "Actions", "Responsables", "Paramètres"];

/** Everything Structurer may touch, to compare two runs. */
function state(fake: FakeGas) {
  return JSON.stringify(fake.spreadsheet.snapshot().sheets);
}

function pivotRows(): Cell[][] {
  return parse(readFileSync("samples/pivot-plan.csv"), { bom: true, relax_column_count: true }) as string[][];
}

describe("Structurer on an empty spreadsheet", () => {
  it("creates the canonical sheets with a short example, formatted", () => {
    const fake = install();
    const outcome = structure();
    expect(outcome.kind).toBe("created");
    for (const name of CANONICAL) expect(fake.spreadsheet.sheet(name)).toBeDefined();
    const actions = fake.spreadsheet.sheet("Actions");
    expect(values(fake, "Actions").length).toBeGreaterThan(3);
    expect(values(fake, "Orientations").length).toBe(3);
    expect(actions?.frozenRows).toBe(1);
    const header = values(fake, "Actions")[0];
    const column = (name: string) => header.indexOf(name) + 1;
    expect(actions?.cell(1, 1)?.fontWeight).toBe("bold");
    expect(actions?.cell(2, column("Code"))?.numberFormat).toBe("@");
    expect(actions?.cell(2, column("Échéance"))?.numberFormat).toBe("@");
    expect(actions?.cell(2, column("Statut"))?.validation).toMatchObject({
      criteria: "VALUE_IN_LIST",
      allowInvalid: false,
    });
    expect(actions?.cell(500, column("Avancement"))?.validation).toMatchObject({
      criteria: "NUMBER_BETWEEN",
      values: [0, 100],
    });
    expect(actions?.cell(2, column("Responsables"))?.validation).toMatchObject({
      criteria: "VALUE_IN_RANGE",
      allowInvalid: true,
    });
    expect(actions?.cell(2, column("Objectif"))?.validation?.criteria).toBe("VALUE_IN_RANGE");
    expect(actions?.cell(2, column("Échéance"))?.validation?.helpText).toContain("Automne 2025");
    expect(actions?.conditionalFormatRules).toHaveLength(2);
    expect(actions?.protections).toEqual([expect.objectContaining({ type: "RANGE", warningOnly: true })]);
    expect(header).toContain("Fin prévue");
    expect(values(fake, "Actions")[1][column("Code") - 1]).toBe("1.1.1");
    // The helper sheet of the dropdowns stays out of sight; the person lands on the actions.
    expect(fake.spreadsheet.sheet("Boussole (listes)")?.hidden).toBe(true);
    expect(fake.globals.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName()).toBe("Actions");
  });

  it("is idempotent: a second run changes nothing and duplicates no rule, validation or protection", () => {
    const fake = install();
    structure();
    const first = state(fake);
    fake.calls.reset();
    structure();
    expect(state(fake)).toBe(first);
    expect(fake.calls.of("Range.setValues")).toBe(1); // only the lists sheet's formulas
  });
});

describe("Structurer on a sheet in the board's own layout", () => {
  it("writes the canonical sheets beside the source, which is never modified", () => {
    const fake = install({ spreadsheet: { sheets: [{ name: "Plan", values: pivotRows() }] } });
    const source = JSON.stringify(fake.spreadsheet.sheet("Plan")?.snapshot());
    const outcome = structure();
    expect(outcome.kind).toBe("imported");
    expect(JSON.stringify(fake.spreadsheet.sheet("Plan")?.snapshot())).toBe(source);
    expect(values(fake, "Actions").filter((row) => row[0] !== "").length).toBe(94);
    expect(values(fake, "Orientations").length).toBe(6);
    // On a first import every row is new: saying so would only be noise.
    expect(outcome.messages.join("\n")).not.toMatch(/ajoutée/);
  });

  it("runs again after an action was added to the source: adds it and says so", () => {
    const rows = pivotRows();
    const fake = install({ spreadsheet: { sheets: [{ name: "Plan", values: rows }] } });
    structure();
    const before = values(fake, "Actions").length;
    const filled = rows.map((row) => row.some((cell) => cell !== ""));
    const last = filled.lastIndexOf(true);
    const source = fake.spreadsheet.sheet("Plan");
    if (!source) throw new Error("no Plan");
    rows[last].forEach((cell, c) => {
      if (cell !== "")
        source.cellForWrite(last + 2, c + 1).value = c === 1 ? "Une action ajoutée au plan" : cell;
    });
    const outcome = structure();
    expect(values(fake, "Actions").length).toBe(before + 1);
    expect(values(fake, "Actions").flat()).toContain("Une action ajoutée au plan");
    expect(outcome.messages).toContain("1 ligne ajoutée.");
  });

  it("structures the plan when the workbook already has its Responsables sheet", () => {
    const roster = parse(readFileSync("samples/pivot-roster.csv"), { bom: true }) as string[][];
    const fake = install({
      spreadsheet: {
        sheets: [
          { name: "Plan", values: pivotRows() },
          { name: "Responsables", values: roster },
        ],
      },
    });
    expect(structure().kind).toBe("imported");
    expect(values(fake, "Actions").filter((row) => row[0] !== "").length).toBe(94);
    expect(values(fake, "Responsables")[1][0]).toBe("Nathalie Gagnon");
  });

  it("runs again after the source changed: updates untouched rows, keeps edited ones and reports the conflict", () => {
    const rows = pivotRows();
    const fake = install({ spreadsheet: { sheets: [{ name: "Plan", values: rows }] } });
    structure();
    const actions = () => values(fake, "Actions");
    const header = actions()[0];
    const at = (row: Cell[], name: string) => row[header.indexOf(name)];
    const firstTitle = String(at(actions()[1], "Action"));
    const secondTitle = String(at(actions()[2], "Action"));
    // A person edits the title of the first action in the Actions sheet.
    const sheet = fake.spreadsheet.sheet("Actions");
    if (!sheet) throw new Error("no Actions");
    const edited = sheet.cellForWrite(2, header.indexOf("Action") + 1);
    edited.value = "Titre corrigé à la main";
    // The source changes both titles.
    const source = fake.spreadsheet.sheet("Plan");
    if (!source) throw new Error("no Plan");
    const cells = source.rows
      .flat()
      .filter((cell) => cell && (cell.value === firstTitle || cell.value === secondTitle));
    for (const cell of cells) if (cell) cell.value = `${cell.value} (révisé)`;
    const rowsBefore = actions().length;
    const outcome = structure();
    expect(actions().length).toBe(rowsBefore);
    expect(at(actions()[1], "Action")).toBe("Titre corrigé à la main");
    expect(at(actions()[2], "Action")).toBe(`${secondTitle} (révisé)`);
    expect(outcome.conflicts).toEqual([
      expect.objectContaining({ sheet: "Actions", row: 2, columns: ["Action"] }),
    ]);
    expect(outcome.messages.join("\n")).toContain("ligne 2");
  });

  it("keeps the people's own columns, their text and formulas, and does not recreate a deleted row", () => {
    const fake = install({ spreadsheet: { sheets: [{ name: "Plan", values: pivotRows() }] } });
    structure();
    const sheet = fake.spreadsheet.sheet("Actions");
    const source = fake.spreadsheet.sheet("Plan");
    if (!sheet || !source) throw new Error("missing sheet");
    // A column of their own between Action and Description, with text Sheets would make a number.
    sheet.insertColumns(4, 1);
    sheet.cellForWrite(1, 4).value = "Commentaire CA";
    sheet.cellForWrite(3, 4).value = "007";
    Object.assign(sheet.cellForWrite(4, 4), { value: "=1+1", formula: "=1+1" });
    const deleted = String(values(fake, "Actions")[9][0]);
    sheet.deleteRows(10, 1);
    // The source changes a title (row 2) and an échéance (row 6): the rewritten block spans column 4.
    const header = values(fake, "Actions")[0];
    const title = String(values(fake, "Actions")[1][header.indexOf("Action")]);
    const deadline = String(values(fake, "Actions")[5][header.indexOf("Échéance")]);
    for (const cell of source.rows.flat()) {
      if (cell?.value === title) cell.value = `${title} (révisé)`;
      if (cell?.value === deadline) cell.value = "Automne 2031";
    }
    const outcome = structure();
    expect(values(fake, "Actions")[1][header.indexOf("Action")]).toBe(`${title} (révisé)`);
    expect(values(fake, "Actions")[5][header.indexOf("Échéance")]).toBe("Automne 2031");
    expect(values(fake, "Actions")[2][3]).toBe("007");
    expect(sheet.cell(4, 4)?.formula).toBe("=1+1");
    expect(values(fake, "Actions").some((row) => row[0] === deleted)).toBe(false);
    expect(outcome.messages.join("\n")).toContain(deleted);
  });
});

describe("Structurer's memory", () => {
  it("moves the snapshots an older version kept in DocumentProperties into its hidden sheet, and still uses them", () => {
    const first = install({ spreadsheet: { sheets: [{ name: "Plan", values: pivotRows() }] } });
    structure();
    const sheets = first.spreadsheet
      .snapshot()
      .sheets.filter((sheet) => sheet.name !== "Boussole (état)")
      .map((sheet) => ({ name: sheet.name, values: sheet.values, numberFormats: sheet.numberFormats }));
    const written = parseSnapshotRows(values(first, "Boussole (état)"));
    const legacy = JSON.stringify({ source: "Plan", written });
    const fake = install({
      spreadsheet: { sheets },
      properties: { document: { "boussole.state.chunks": "1", "boussole.state.0": legacy } },
    });
    // A person edits a title the source then changes too: the old snapshot tells it is their edit.
    const header = values(fake, "Actions")[0];
    const titles = [1, 2].map((r) => String(values(fake, "Actions")[r][header.indexOf("Action")]));
    const sheet = fake.spreadsheet.sheet("Actions");
    if (!sheet) throw new Error("no Actions");
    sheet.cellForWrite(2, header.indexOf("Action") + 1).value = "Corrigé au CA";
    for (const cell of fake.spreadsheet.sheet("Plan")?.rows.flat() ?? [])
      if (cell && titles.includes(String(cell.value))) cell.value = `${cell.value} (révisé)`;
    const outcome = structure();
    // Without the snapshot, the untouched row 3 would be a conflict too instead of following the source.
    expect(outcome.conflicts).toEqual([expect.objectContaining({ sheet: "Actions", row: 2 })]);
    expect(values(fake, "Actions")[1][header.indexOf("Action")]).toBe("Corrigé au CA");
    expect(values(fake, "Actions")[2][header.indexOf("Action")]).toBe(`${titles[1]} (révisé)`);
    expect(parseSnapshotRows(values(fake, "Boussole (état)"))).toEqual(
      expect.objectContaining({ Actions: expect.objectContaining({ columns: written.Actions.columns }) }),
    );
    const properties = fake.properties.snapshot("document");
    expect(JSON.parse(properties["boussole.state.0"] ?? "{}")).toEqual({ source: "Plan" });
  });
});

describe("Structurer recognises its sheets by their header, not their name alone", () => {
  it("imports a board's own « Actions » sheet and never restyles it: Boussole writes « Actions (Boussole) »", () => {
    const fake = install({ spreadsheet: { sheets: [{ name: "Actions", values: pivotRows() }] } });
    const board = JSON.stringify(fake.spreadsheet.sheet("Actions")?.snapshot());
    const outcome = structure();
    expect(outcome.kind).toBe("imported");
    expect(JSON.stringify(fake.spreadsheet.sheet("Actions")?.snapshot())).toBe(board);
    expect(values(fake, "Actions (Boussole)").filter((row) => row[0] !== "").length).toBe(94);
    expect(outcome.messages.join("\n")).toContain("« Actions (Boussole) »");
    // Run again: the same sheets, the board's still untouched, nothing new to say.
    const after = state(fake);
    const again = structure();
    expect(state(fake)).toBe(after);
    expect(again.conflicts).toEqual([]);
  });

  it("loses no cell of a board's « actions » sheet: Sheets' names ignore case, so Boussole takes another", () => {
    const fake = install({ spreadsheet: { sheets: [{ name: "actions", values: pivotRows() }] } });
    const board = JSON.stringify(fake.spreadsheet.sheet("actions")?.snapshot());
    structure();
    expect(JSON.stringify(fake.spreadsheet.sheet("actions")?.snapshot())).toBe(board);
    expect(fake.spreadsheet.snapshot().sheets.map((sheet) => sheet.name)).not.toContain("Actions");
    expect(values(fake, "Actions (Boussole)").length).toBeGreaterThan(90);
  });
});

describe("Structurer on canonical sheets", () => {
  it("formats them without changing a value", () => {
    const fake = installPlan(generatePlan(20));
    const before = CANONICAL.map((name) => JSON.stringify(values(fake, name).map((row) => row.slice(0, 15))));
    structure();
    expect(
      CANONICAL.map((name) => JSON.stringify(values(fake, name).map((row) => row.slice(0, 15)))),
    ).toEqual(before);
    expect(fake.spreadsheet.sheet("Actions")?.frozenRows).toBe(1);
  });

  it("reports through the menu in a dialog", () => {
    const fake = install();
    menuStructure();
    expect(fake.ui.questions.at(-1)).toMatchObject({ kind: "alert", title: "Structurer le plan" });
  });
});
