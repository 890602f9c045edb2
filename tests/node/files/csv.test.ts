/**
 * Issue 14 §2: CSV files as Excel in French saves them (`;`, Windows-1252), as « Texte Unicode »
 * (UTF-16 with BOM, tabs) and as « CSV UTF-8 » (BOM) read exactly as the UTF-8 original; files
 * that are not a plan are refused with exit 2 and what was wrong. Fixtures: tests/fixtures/hostile/generate.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { detectSeparator } from "../../../src/node/files/csv";
import { readWorkbookFile } from "../../../src/node/files/workbook";
import { cli } from "../../support/cli";

const ROOT = join(__dirname, "../../..");
const fixture = (name: string) => join(ROOT, "tests/fixtures/hostile", name);
const PIVOT = join(ROOT, "samples/pivot-plan.csv");
const ROSTER = join(ROOT, "samples/pivot-roster.csv");

const original: string[][] = parse(readFileSync(PIVOT, "utf8"), { relax_column_count: true });

describe.each([
  ["excel-fr-semicolon-1252.csv", "Windows-1252", ";"],
  ["excel-unicode-utf16-tab.csv", "UTF-16LE (BOM)", "\t"],
  ["excel-utf8-bom-semicolon.csv", "UTF-8 (BOM)", ";"],
])("%s", (file, encoding, separator) => {
  test("reads every cell as the UTF-8 comma original has it", async () => {
    const workbook = await readWorkbookFile(fixture(file));
    expect(workbook.csv).toEqual({ encoding, separator });
    expect(workbook.sheets[0].values).toEqual(original);
  });

  test("imports to the same plan as the original, and --explain says what was detected", async () => {
    const expected = await cli("import", PIVOT, "--roster", ROSTER, "--today", "2021-01-15");
    const got = await cli("import", fixture(file), "--roster", ROSTER, "--today", "2021-01-15", "--explain");
    expect(got.code).toBe(0);
    const plan = (text: string) => JSON.parse(text).orientations;
    expect(plan(got.stdout)).toEqual(plan(expected.stdout));
    expect(got.stderr.split("\n")[0]).toBe(
      `Fichier CSV lu en ${encoding}, séparateur : ${separator === ";" ? "point-virgule « ; »" : "tabulation"}.`,
    );
  });
});

test("the original UTF-8 comma file is still read as such", async () => {
  expect((await readWorkbookFile(PIVOT)).csv).toEqual({ encoding: "UTF-8", separator: "," });
});

describe("refused with exit 2 and what was wrong", () => {
  test("bytes that are not text", async () => {
    const { code, stderr } = await cli("validate", fixture("not-text.csv"));
    expect(code).toBe(2);
    expect(stderr).toContain(
      "n'est pas un fichier texte : il contient des octets nuls (le premier à l'octet 8)",
    );
  });

  test("a quote that never closes, quoting the line where it opens", async () => {
    const { code, stderr } = await cli("validate", fixture("unclosed-quote.csv"));
    expect(code).toBe(2);
    expect(stderr).toContain(
      "guillemet ouvert n'est jamais refermé (ligne 2 : « 1,\"Publier le bulletin,DG »)",
    );
  });

  test("text full of control characters, in English too", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "boussole-csv-")), "controls.csv");
    writeFileSync(
      path,
      Buffer.concat([Buffer.from("Action,Titre\n1,"), Buffer.from([1, 2, 3, 4, 5, 6, 0x1b, 0x7f])]),
    );
    const { code, stderr } = await cli("validate", path, "--lang", "en");
    expect(code).toBe(2);
    expect(stderr).toBe(
      `“${path}” is not text: it is full of control characters (from line 2). Save the plan as .csv (UTF-8) or as .xlsx.`,
    );
  });
});

describe("detectSeparator", () => {
  test.each([
    ["a;b;c\n1;2,5;3\n", ";"],
    ['a,b,c\n1,"2;5",3\n', ","],
    ["a\tb, c\n1\t2\n", "\t"],
    ["Orientation 1 : Agir\nune seule colonne\n", ","],
    ['Titre\n"Le ""bulletin"", puis; la suite"\n', ","],
  ])("%j → %j", (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });
});
