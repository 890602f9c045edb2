/**
 * Issue 14 §1: a Statut, Avancement or Mise à jour that cannot be read is « gardé tel quel dans une
 * colonne à part »: `import --out` must really write it, under a name that cannot collide with the
 * canonical column.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../../src/node/cli";
import { readWorkbookFile } from "../../../src/node/files/workbook";

test("import --out keeps « Presque fini », « 150 » and « hier » beside Statut, Avancement and Mise à jour", async () => {
  const dir = mkdtempSync(join(tmpdir(), "boussole-unreadable-"));
  const csv = join(dir, "plan.csv");
  const out = join(dir, "plan.xlsx");
  writeFileSync(
    csv,
    [
      "Orientation,Objectif,Action,Statut,Avancement,Mise à jour",
      "Vie associative,Recruter,Tenir un kiosque,Presque fini,150,hier",
    ].join("\n"),
  );
  const err: string[] = [];
  const code = await runCli(["import", csv, "--out", out], { out: () => {}, err: (line) => err.push(line) });
  expect(code).toBe(0);
  const workbook = await readWorkbookFile(out);
  const actions = workbook.sheets.find((sheet) => sheet.name === "Actions");
  if (!actions) throw new Error(`no Actions sheet: ${workbook.sheets.map((s) => s.name).join(", ")}`);
  const [header, row] = actions.values;
  const at = (name: string) => row[header.indexOf(name)];
  expect(at("Statut (gardé tel quel)")).toBe("Presque fini");
  expect(String(at("Avancement (gardé tel quel)"))).toBe("150");
  expect(at("Mise à jour (gardé tel quel)")).toBe("hier");
  expect(header.filter((name) => name === "Statut")).toHaveLength(1);
});
