/**
 * Issue 14 §5 through the built dist/Code.js: a board's continuation lines can add up to one
 * description longer than the 50,000 characters Google Sheets holds in a cell (the strict fake
 * refuses such a write, as Google does: tests/node/gas-fake/cell-limit.test.ts). Structurer writes
 * the text cut to 50,000 characters, says which cell, and leaves the whole text in the source sheet.
 */
import { createFakeGas } from "../../src/node/gas-fake";
import { HTML_FILES, loadBundle, readBundle, values } from "./helpers";

const line = (n: number) => `Ligne ${n} : ${"« bilan » de l'AGA, point par point. ".repeat(500)}fin.`;

it("Structurer cuts a description of continuation lines past 50,000 characters, and says so", () => {
  const lines = [1, 2, 3, 4].map(line);
  const board = [
    ["Orientation", "Objectif", "Action", "Description", "Échéance"],
    ["1. Vie associative", "1.1 Participation", "Tenir l'AGA", lines[0], "Automne 2031"],
    ...lines.slice(1).map((text) => ["", "", "", text, ""]),
    ["", "", "Publier le bilan", "Court", "Hiver 2032"],
  ];
  const whole = lines.join("\n");
  expect(whole.length).toBeGreaterThan(60_000);
  const fake = createFakeGas({
    htmlFiles: HTML_FILES,
    spreadsheet: { sheets: [{ name: "Plan", values: board }] },
  });
  const run = loadBundle(readBundle(), fake);

  run.menuStructure();

  const grid = values(fake, "Actions");
  const column = grid[0].indexOf("Description");
  const row = grid.findIndex((r) => r[grid[0].indexOf("Action")] === "Tenir l'AGA");
  const cell = String(grid[row][column]);
  // Compared as booleans: a failure must not print 50,000 characters.
  expect(cell.length).toBe(50_000);
  expect(cell === whole.slice(0, 50_000)).toBe(true);
  expect(grid.find((r) => r[grid[0].indexOf("Action")] === "Publier le bilan")?.[column]).toBe("Court");
  // The source sheet is only read: the whole text is still there.
  expect(JSON.stringify(values(fake, "Plan")) === JSON.stringify(board)).toBe(true);
  const alert = fake.ui.questions.at(-1);
  expect(alert).toMatchObject({ kind: "alert", title: "Structurer le plan" });
  const a1 = `${String.fromCharCode(65 + column)}${row + 1}`;
  expect(alert?.prompt).toContain(
    `« Actions », cellule ${a1} : ce texte de ${whole.length.toLocaleString("fr-CA")} caractères a été coupé à 50\u00a0000`,
  );
  expect(alert?.prompt).toContain("le texte entier reste dans la feuille « Plan »");

  // Run again: nothing to rewrite, no refusal, and the cut is still said.
  run.menuStructure();
  expect(values(fake, "Actions")[row][column] === cell).toBe(true);
  expect(fake.ui.questions.at(-1)?.prompt).toContain(`cellule ${a1}`);
});
