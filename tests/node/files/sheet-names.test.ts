/**
 * Issue 14 §7, local files: sheet names that Google Sheets accepts and Excel (ExcelJS) refuses —
 * « actions » beside « Actions », `/` or `:` in a name, more than 31 characters — lose no cell.
 * A file holding such names is read (renamed), and a workbook holding them is written (renamed);
 * the playground's saves go through the same writer. Fixture: tests/fixtures/hostile/generate.ts.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../../src/node/cli";
import { excelSheetNames } from "../../../src/node/files/sheet-names";
import { readWorkbookFile, writeXlsxFile } from "../../../src/node/files/workbook";

const dir = mkdtempSync(join(tmpdir(), "boussole-names-"));
const FIXTURE = join(__dirname, "../../fixtures/hostile/same-name-by-case.xlsx");

test("a file with « Actions » and « actions » is read with every cell of both", async () => {
  const sheets = (await readWorkbookFile(FIXTURE)).sheets.map((sheet) => [sheet.name, sheet.values]);
  expect(sheets.slice(1)).toEqual([
    ["Actions", [["Grand A"]]],
    ["actions (2)", [["", "petit a"]]],
  ]);
  const code = await runCli(["import", FIXTURE, "--sheet", "Plan"], { out: () => {}, err: () => {} });
  expect(code).toBe(0);
});

test("sheets Excel would refuse are written with every cell, under the nearest names it takes", async () => {
  const names = [
    "Actions",
    "actions",
    "Plan 2020/2021: bilan",
    "Suivi des actions du plan stratégique 2020-2025",
    "History",
    "'cité'",
  ];
  const path = join(dir, "names.xlsx");
  await writeXlsxFile(
    path,
    names.map((name, i) => ({ name, values: [[name, i]] })),
    "UTC",
  );
  const sheets = (await readWorkbookFile(path)).sheets;
  expect(sheets.map((sheet) => sheet.name)).toEqual([
    "Actions",
    "actions (2)",
    "Plan 2020_2021_ bilan",
    "Suivi des actions du plan strat",
    "History (2)",
    "cité",
  ]);
  expect(sheets.map((sheet) => sheet.values)).toEqual(names.map((name, i) => [[name, i]]));
});

test("a name cut to 31 characters never splits an emoji, and stays apart from the others", () => {
  const long = `${"x".repeat(30)}🧭 suite`;
  expect(excelSheetNames([long, `${"x".repeat(30)}`, "X".repeat(30)])).toEqual([
    "x".repeat(30),
    `${"x".repeat(27)} (2)`,
    `${"X".repeat(27)} (3)`,
  ]);
});
