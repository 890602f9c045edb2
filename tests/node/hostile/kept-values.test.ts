/**
 * Issue 14 §1: a value the Structurer cannot read (« Presque fini », « 150 », « hier ») is reported
 * as kept in a separate column: the written workbook must hold it, under a name that no known
 * column claims, and reading that workbook back must give it again.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyPlan, newAction, newObjective, newOrientation } from "../../../src/core/model";
import { canonicalSheets } from "../../../src/core/sheets/write";
import { readWorkbookFile } from "../../../src/node/files/workbook";
import { cli } from "../../support/cli";

const FIXTURE = join(__dirname, "../../fixtures/hostile/kept-values.csv");
const dir = mkdtempSync(join(tmpdir(), "boussole-kept-"));

test("import --out writes the kept Statut, Avancement and Mise à jour values, and they read back", async () => {
  const out = join(dir, "kept.xlsx");
  const first = await cli("import", FIXTURE, "--out", out);
  expect(first.code).toBe(0);
  const actions = (await readWorkbookFile(out)).sheets.find((s) => s.name === "Actions");
  const [headerRow, row] = actions?.values ?? [];
  const at = (name: string) => row[headerRow.indexOf(name)];
  expect(at("Statut (gardé tel quel)")).toBe("Presque fini");
  expect(at("Avancement (gardé tel quel)")).toBe("150");
  expect(at("Mise à jour (gardé tel quel)")).toBe("hier");
  expect([at("Statut"), at("Avancement"), at("Mise à jour")]).toEqual(["", "", ""]);

  const again = await cli("import", out);
  const action = JSON.parse(again.stdout).orientations[0].objectives[0].actions[0];
  expect(action.extra).toEqual({
    "Statut (gardé tel quel)": "Presque fini",
    "Avancement (gardé tel quel)": "150",
    "Mise à jour (gardé tel quel)": "hier",
  });
});

test("two kept values that would share a header each get their own column", () => {
  const plan = emptyPlan();
  const action = newAction({
    code: "1.1.1",
    title: "A",
    extra: { Statut: "Presque fini", "Statut (gardé tel quel)": "déjà là", statut: "minuscule" },
  });
  plan.orientations = [
    newOrientation({
      code: "1",
      title: "O",
      objectives: [newObjective({ code: "1.1", title: "Ob", actions: [action] })],
    }),
  ];
  const sheet = canonicalSheets(plan, null, "fr").find((s) => s.name === "Actions");
  const [headerRow, row] = sheet?.values ?? [];
  for (const value of ["Presque fini", "déjà là", "minuscule"])
    expect(row.filter((v) => v === value)).toHaveLength(1);
  expect(new Set(headerRow).size).toBe(headerRow.length);
  expect(row[headerRow.indexOf("Statut")]).toBe("");
});
