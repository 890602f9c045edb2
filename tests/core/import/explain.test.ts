/** `boussole import --explain`: every row and every non-empty cell of each sample is accounted for. */

import type { Cell } from "../../../src/core/cells";
import { formatMappingReport } from "../../../src/core/import";
import { actions, readCsv, structure, unaccountedCells } from "./helpers";

describe.each(["samples/pivot-plan.csv", "samples/cai-orientations.csv"])("--explain on %s", (path) => {
  const sheet = readCsv(path);
  const result = structure(sheet);
  const text = formatMappingReport(result.report, "fr");
  const lines = text.split("\n");

  it("gives every non-blank row its own line, saying which pass decided it and why", () => {
    const filled = sheet.values
      .map((cells, i) => (cells.some((cell) => String(cell).trim() !== "") ? i + 1 : null))
      .filter((row): row is number => row !== null);
    for (const row of filled) {
      const line = lines.find((l) => l.startsWith(`  ligne ${row} → `));
      expect(line).toMatch(
        / — (lecture de la ligne|numérotation d'ensemble|en-tête du document|construction) : \S/,
      );
    }
    const blanks = sheet.values.length - filled.length;
    if (blanks > 0) expect(text).toContain(`${blanks} ligne(s) vide(s) ignorée(s)`);
  });

  it("accounts for every non-empty cell: placed on its row, fed a field, or listed as unused", () => {
    expect(unaccountedCells(sheet, result)).toEqual([]);
    expect(result.report.rows).toHaveLength(sheet.values.length);
  });
});

describe("values that cannot be read (issue 14)", () => {
  it("keeps them under a column named apart from the canonical one", () => {
    const values: Cell[][] = [
      ["Objectif", "Action", "Statut", "Avancement", "Mise à jour"],
      ["Recruter", "Tenir un kiosque", "Presque fini", "150", "hier"],
    ];
    const result = structure({ name: "Plan", values });
    const [action] = actions(result);
    expect(action).toMatchObject({ status: null, progress: null, lastUpdate: null });
    expect(action.extra).toEqual({
      "Statut (gardé tel quel)": "Presque fini",
      "Avancement (gardé tel quel)": "150",
      "Mise à jour (gardé tel quel)": "hier",
    });
    expect(result.problems.map((p) => p.code)).toEqual([
      "structure.unknownStatus",
      "structure.invalidProgress",
      "structure.invalidDate",
      "structure.noOrientation",
    ]);
  });
});
