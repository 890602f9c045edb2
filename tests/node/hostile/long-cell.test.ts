/**
 * Issue 14 §5: a cell longer than Google Sheets' 50,000 characters was accepted silently. It is
 * now a warning located at its cell, and the local files keep the text whole, through
 * import → --out .xlsx → import. Fixture: tests/fixtures/hostile/generate.ts (60,000 characters);
 * a 2 MB cell is made here.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { longDescription } from "../../fixtures/hostile/generate";
import { cli } from "../../support/cli";

const FIXTURE = join(__dirname, "../../fixtures/hostile/long-cell.csv");
const dir = mkdtempSync(join(tmpdir(), "boussole-long-"));

type Json = {
  orientations: { objectives: { actions: Record<string, unknown>[] }[] }[];
  problems: { code: string; severity: string; sheet: string; row: number; column: string; message: string }[];
};
const actions = (json: Json) => json.orientations.flatMap((o) => o.objectives.flatMap((b) => b.actions));
/** Every text of an action, wherever the Structurer put it. */
const texts = (json: Json) =>
  actions(json).flatMap((action) => Object.values(action).filter((v) => typeof v === "string"));

test("a 60,000-character cell is a warning at its cell, and kept whole through --out .xlsx", async () => {
  const out = join(dir, "long.xlsx");
  const first = await cli("import", FIXTURE, "--out", out);
  expect(first.code).toBe(0);
  const json = JSON.parse(first.stdout) as Json;
  expect(texts(json)).toContain(longDescription(60_000));
  const warnings = json.problems.filter((p) => p.code === "cell.tooLong");
  expect(warnings).toEqual([
    {
      severity: "warning",
      code: "cell.tooLong",
      sheet: "long-cell",
      row: 5,
      column: "B",
      // fr-CA groups digits with a no-break space.
      message: expect.stringMatching(
        /^Cette cellule contient 60\s000 caractères, et Google Sheets n'en garde pas plus de 50\s000 par cellule\./,
      ),
    },
  ]);
  const again = JSON.parse((await cli("import", out)).stdout) as Json;
  expect(texts(again)).toContain(longDescription(60_000));
  expect(again.problems.filter((p) => p.code === "cell.tooLong")).toEqual([
    expect.objectContaining({ sheet: "Actions", row: 3, column: "Action" }),
  ]);
});

test("a 2 MB cell is kept whole too, with the warning in English when asked", async () => {
  const path = join(dir, "huge.csv");
  const huge = longDescription(2_000_000);
  writeFileSync(
    path,
    `Orientation 1 : O\nObjectif 1 : Ob\nAction,Description,Notes\n1,Publier,"${huge.replace(/"/g, '""')}"\n`,
  );
  const out = join(dir, "huge.xlsx");
  const first = await cli("import", path, "--out", out, "--lang", "en");
  expect(first.code).toBe(0);
  const json = JSON.parse(first.stdout) as Json;
  expect(texts(json)).toContain(huge);
  expect(json.problems.find((p) => p.code === "cell.tooLong")?.message).toContain(
    "This cell holds 2,000,000 characters",
  );
  expect(texts(JSON.parse((await cli("import", out)).stdout) as Json)).toContain(huge);
});
