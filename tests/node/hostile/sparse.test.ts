/**
 * Issue 14 §3: a 2.5 KB .xlsx with one cell at XFD1048576 ran the reader out of memory (4.2 GB).
 * Only the used cells are read; the grid is bounded by the cells that hold something; a workbook
 * past Google Sheets' 10 million cells is refused with a message naming the sheet and the cell.
 * Time and memory are measured in a child process running the bundled import.
 * Fixtures: tests/fixtures/hostile/generate.ts.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import { readWorkbookFile, WorkbookTooLargeError } from "../../../src/node/files/workbook";
import { loadSpreadsheet } from "../../../src/node/playground/workbook";

const fixture = (name: string) => join(__dirname, "../../fixtures/hostile", name);
const bundle = join(mkdtempSync(join(tmpdir(), "boussole-sparse-")), "measure-import.js");

beforeAll(() => {
  buildSync({
    entryPoints: [join(__dirname, "measure-import.ts")],
    bundle: true,
    platform: "node",
    outfile: bundle,
    logLevel: "error",
  });
});

function measuredImport(
  file: string,
  ...mode: string[]
): { code: number; ms: number; peakMb: number; stderr: string } {
  const child = spawnSync("node", [bundle, fixture(file), ...mode], { encoding: "utf8", timeout: 60_000 });
  expect(child.stderr).toBe("");
  return JSON.parse(child.stdout);
}

test("a value at XFD1048576 is refused at once, with exit 2 and the sheet and cell named", () => {
  const run = measuredImport("sparse-far-value.xlsx");
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("« Plan »");
  expect(run.stderr).toContain("XFD1048576");
  expect(run.stderr).toContain("10 millions");
  expect(run.ms).toBeLessThan(2000);
  expect(run.peakMb).toBeLessThan(300);
});

test("a format alone at XFD1048576 does not stretch the grid: the plan imports in bounded time and memory", async () => {
  const run = measuredImport("sparse-far-format.xlsx");
  expect(run).toMatchObject({ code: 0 });
  expect(run.ms).toBeLessThan(2000);
  expect(run.peakMb).toBeLessThan(300);
  const [sheet] = (await readWorkbookFile(fixture("sparse-far-format.xlsx"))).sheets;
  expect([sheet.values.length, sheet.values[0].length]).toEqual([4, 3]);
  expect(sheet.values[3]).toEqual(["1", "Publier le bulletin", "DG"]);
});

// The structurer's own cost on 200,000 rows (about 3 s) is not the reader's: only the reading is bounded here.
test("a note at row 200,000 is read whole: every row up to it, no more columns than used", async () => {
  const run = measuredImport("sparse-row-200000.xlsx", "--read-only");
  expect(run).toMatchObject({ code: 0 });
  expect(run.ms).toBeLessThan(2000);
  expect(run.peakMb).toBeLessThan(300);
  const [sheet] = (await readWorkbookFile(fixture("sparse-row-200000.xlsx"))).sheets;
  expect(sheet.values).toHaveLength(200_000);
  expect(sheet.values[199_999]).toEqual(["", "", "", "note en bas"]);
});

test("the playground loads the same files the same way", async () => {
  const loaded = await loadSpreadsheet(fixture("sparse-far-format.xlsx"), "America/Toronto");
  expect(loaded.sheets?.[0].values).toHaveLength(4);
  await expect(loadSpreadsheet(fixture("sparse-far-value.xlsx"), "America/Toronto")).rejects.toBeInstanceOf(
    WorkbookTooLargeError,
  );
});
