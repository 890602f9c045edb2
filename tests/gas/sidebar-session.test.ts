/**
 * A sidebar session through the built dist/Code.js (issue 12, « Done when »): open the panel, add
 * three actions with hostile text in every field, update two. Every cell the add-on wrote reads
 * back exactly as typed (values and formulas), and no other cell of the workbook changed.
 */
import { type Cell, dateInZone } from "../../src/core/cells";
import { referenceLabel } from "../../src/core/sheets/columns";
import { dateCell, type FakeGas } from "../../src/node/gas-fake";
import { generatePlan } from "../support/generate-plan";
import { canonicalInits, HTML_FILES, install, loadBundle, readBundle } from "./helpers";

const TIME_ZONE = "America/Toronto";
const IMPORT = '=IMPORTXML("http://x","//a")';
const XSS = "<img src=x onerror=alert(1)>";

/** Each field typed by a hostile or unlucky person; deadlines that Boussole understands. */
const ADDS = [
  {
    title: IMPORT,
    description: "007",
    owners: "2020-03-15",
    deadline: "2030-03-15",
    budget: "+15 %",
    notes: "- 10 rencontres",
    end: "2030-03-15",
  },
  {
    title: "'quote",
    description: XSS,
    owners: "TRUE",
    deadline: "'2030",
    budget: IMPORT,
    notes: "Lancement 🚀 👩🏽‍💻\nligne 2\r\nligne 3",
    end: "2030-12-31",
  },
  {
    title: "+15 %",
    description: "=1+1",
    owners: "- 10 rencontres",
    deadline: "mars 2030\nà confirmer",
    budget: "- 10 rencontres",
    notes: "50 %",
    end: "2030-03-31",
  },
];

const UPDATES = [
  { add: 0, status: "En cours", progress: 40, notes: XSS, deadline: "15/03/2030", end: "2030-03-15" },
  { add: 2, status: "Réalisée", progress: 100, notes: "007", deadline: "2020-03-15", end: "2020-03-15" },
] as const;

interface Snapshot {
  values: Cell[][];
  formulas: string[][];
}

function snapshot(fake: FakeGas): Map<string, Snapshot> {
  const sheets = fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets();
  return new Map(
    sheets.map((sheet) => {
      const range = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
      return [sheet.getName(), { values: range.getValues(), formulas: range.getFormulas() }];
    }),
  );
}

let code = "";
beforeAll(() => {
  code = readBundle();
});

describe("a sidebar session through dist/Code.js", () => {
  it("keeps every cell it wrote exactly as typed, and changes no other cell", () => {
    const plan = generatePlan(10);
    const objectives = plan.orientations.flatMap((orientation) => orientation.objectives);
    const sheets = canonicalInits(plan);
    // « Fin prévue », as Structurer adds it: the sidebar fills it for the rows it writes.
    const actions = sheets.find((sheet) => sheet.name === "Actions");
    if (!actions) throw new Error("no Actions");
    actions.values = actions.values.map((row, r) => [...row, r === 0 ? "Fin prévue" : ""]);
    const fake = install({ htmlFiles: HTML_FILES, spreadsheet: { timeZone: TIME_ZONE, sheets } });
    const globals = loadBundle(code, fake);
    const before = snapshot(fake);
    const header = before.get("Actions")?.values[0].map(String) ?? [];
    const column = (name: string) => {
      const index = header.indexOf(name);
      if (index < 0) throw new Error(`no column ${name}`);
      return index;
    };

    globals.menuOpenSidebar();
    expect(globals.getSidebarData()).toMatchObject({ language: "fr" });
    const objectiveOf = (i: number) => objectives[(i * 3) % objectives.length];
    const rows = ADDS.map(({ end: _end, ...input }, i) => {
      const result = globals.addAction({ ...input, objectiveCode: objectiveOf(i).code }) as {
        ok: boolean;
        row: number;
        code: string;
      };
      expect(result).toEqual(expect.objectContaining({ ok: true }));
      return result;
    });
    for (const { add, end: _end, ...input } of UPDATES) {
      expect(globals.updateAction({ code: rows[add].code, row: rows[add].row, ...input })).toMatchObject({
        ok: true,
      });
    }
    const today = dateInZone(new Date(), TIME_ZONE);

    // What each written cell must read back as: the text typed, and days as date cells.
    const expected = new Map<string, Cell>();
    const cell = (row: number, name: string, value: Cell) => expected.set(`${row}:${column(name)}`, value);
    ADDS.forEach((add, i) => {
      const { row, code: actionCode } = rows[i];
      for (let c = 0; c < header.length; c++) expected.set(`${row}:${c}`, "");
      const objective = objectiveOf(i);
      cell(row, "Code", actionCode);
      cell(row, "Objectif", referenceLabel(objective.code, objective.title));
      cell(row, "Action", add.title);
      cell(row, "Description", add.description);
      cell(row, "Responsables", add.owners);
      cell(row, "Échéance", add.deadline);
      cell(row, "Statut", "À venir");
      cell(row, "Budget", add.budget);
      cell(row, "Notes", add.notes);
      cell(row, "Mise à jour", dateCell(today, TIME_ZONE));
      cell(row, "Fin prévue", dateCell(add.end, TIME_ZONE));
    });
    for (const update of UPDATES) {
      const { row } = rows[update.add];
      cell(row, "Statut", update.status);
      cell(row, "Avancement", update.progress);
      cell(row, "Notes", update.notes);
      cell(row, "Échéance", update.deadline);
      cell(row, "Fin prévue", dateCell(update.end, TIME_ZONE));
    }

    // Every cell of every sheet compared; the differences gathered and asserted once (an expect
    // per cell made this test take 11 s for the same check).
    const after = snapshot(fake);
    const differences: Array<{ where: string; found: unknown; wanted: unknown }> = [];
    // Dates compare by instant, whichever realm made them (the bundle runs in its own).
    const instant = (cell: Cell) => (typeof cell === "object" ? cell.getTime() : null);
    const compare = (where: string, found: Cell, wanted: Cell) => {
      const dated = instant(found) !== null || instant(wanted) !== null;
      if (dated ? instant(found) !== instant(wanted) : found !== wanted)
        differences.push({ where, found, wanted });
    };
    for (const [name, { values, formulas }] of after) {
      const old = before.get(name);
      if (!old) throw new Error(`new sheet ${name}`);
      values.forEach((cells, r) => {
        cells.forEach((value, c) => {
          const key = `${r + 1}:${c}`;
          const where = `${name}!R${r + 1}C${c + 1}`;
          if (name === "Actions" && expected.has(key)) {
            compare(where, value, expected.get(key) ?? "");
            compare(`${where} (formula)`, formulas[r][c], "");
          } else if (!(name === "Actions" && rows.some((added) => added.row === r + 1))) {
            compare(where, value, old.values[r]?.[c] ?? "");
            compare(`${where} (formula)`, formulas[r][c], old.formulas[r]?.[c] ?? "");
          }
        });
      });
    }
    expect(differences).toEqual([]);
    // Every expected cell was seen: the new rows lie inside the sheet read back.
    const actionValues = after.get("Actions")?.values ?? [];
    for (const key of expected.keys()) {
      const [row] = key.split(":").map(Number);
      expect(row).toBeLessThanOrEqual(actionValues.length);
    }
  });
});
