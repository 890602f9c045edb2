/**
 * `boussole import --out` and the add-on's « Structurer le plan » make the same decisions
 * (core/sheets/structure-plan.ts): on the same plan, the .xlsx the CLI writes holds, value for
 * value and kind for kind, the canonical sheets the add-on writes into the spreadsheet.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { type Cell, dateInZone, type Grid, isEmptyRow } from "../../../src/core/cells";
import { structure } from "../../../src/gas/structure";
import { runCli } from "../../../src/node/cli";
import { readWorkbookFile, xlsxBytes } from "../../../src/node/files/workbook";
import type { SheetInit } from "../../../src/node/gas-fake";
import { canonicalInits, install, values } from "../../gas/helpers";
import { generatePlan } from "../../support/generate-plan";

const TIME_ZONE = "America/Toronto";
const CANONICAL = ["Orientations", "Objectifs", "Actions", "Responsables", "Paramètres"];
const dir = mkdtempSync(join(tmpdir(), "boussole-same-"));

/** A grid without its trailing empty rows and columns, dates shown as the day they are. */
function comparable(grid: Grid): (Cell | string)[][] {
  const rows = grid.map((row) =>
    row.map((cell) => (cell instanceof Date ? `date ${dateInZone(cell, TIME_ZONE)}` : cell)),
  );
  while (rows.length > 0 && isEmptyRow(rows[rows.length - 1] as Cell[])) rows.pop();
  const width = Math.max(
    0,
    ...rows.map((row) => row.reduce<number>((end, cell, c) => (cell === "" ? end : c + 1), 0)),
  );
  return rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
}

async function bothWays(name: string, sheets: SheetInit[]) {
  const fake = install({ spreadsheet: { sheets, timeZone: TIME_ZONE } });
  structure();
  const input = join(dir, `${name}.xlsx`);
  const output = join(dir, `${name}-out.xlsx`);
  writeFileSync(
    input,
    await xlsxBytes(
      sheets.map(({ name, values }) => ({ name, values })),
      TIME_ZONE,
    ),
  );
  const today = dateInZone(new Date(), TIME_ZONE);
  const code = await runCli(["import", input, "--out", output, "--today", today], {
    out: () => {},
    err: () => {},
  });
  expect(code).toBe(0);
  const written = await readWorkbookFile(output, TIME_ZONE);
  return { fake, written };
}

describe("the add-on and `boussole import --out` write the same canonical sheets", () => {
  it("importing the Pivot sample", async () => {
    const rows = parse(readFileSync("samples/pivot-plan.csv"), { bom: true, relax_column_count: true });
    const { fake, written } = await bothWays("pivot", [{ name: "Plan", values: rows }]);
    expect(written.sheets.map((sheet) => sheet.name)).toEqual([...CANONICAL, "Tableau de bord"]);
    for (const sheet of written.sheets.filter((s) => CANONICAL.includes(s.name))) {
      expect([sheet.name, comparable(sheet.values)]).toEqual([
        sheet.name,
        comparable(values(fake, sheet.name)),
      ]);
    }
    // The same « Tableau de bord »: its labels (the .xlsx holds no value for a formula until a
    // spreadsheet computes it; the fake computes them).
    const labels = (grid: Grid) =>
      comparable(grid).map((row) =>
        row.map((cell) => (typeof cell === "string" && !cell.startsWith("=") ? cell : "")),
      );
    const board = written.sheets.find((sheet) => sheet.name === "Tableau de bord")?.values ?? [];
    expect(labels(board)).toEqual(labels(values(fake, "Tableau de bord")));
    // « Fin prévue » is a column of real dates in both.
    const actions = written.sheets.find((sheet) => sheet.name === "Actions")?.values ?? [];
    const end = actions[0].indexOf("Fin prévue");
    expect(actions.slice(1).some((row) => row[end] instanceof Date)).toBe(true);
  });

  it("bringing canonical sheets up to date (« Fin prévue » added)", async () => {
    const { fake, written } = await bothWays("canonical", canonicalInits(generatePlan(30)));
    for (const name of CANONICAL) {
      const sheet = written.sheets.find((s) => s.name === name);
      expect(comparable(sheet?.values ?? [])).toEqual(comparable(values(fake, name)));
    }
  });
});
