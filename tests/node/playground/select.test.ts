/**
 * Issue 14 §6: /api/select with a cell outside the sheet answered HTTP 500 with Sheets' raw
 * English message. The cell is parsed with zod and checked against the sheet: 400 and a French
 * message that quotes the cell. Needs dist/ (built by `npm ci`).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeXlsxFile } from "../../../src/node/files/workbook";
import { type Playground, startPlayground } from "../../../src/node/playground/index";

const ROOT = join(__dirname, "../../..");
let playground: Playground;

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), "boussole-select-")), "plan.xlsx");
  await writeXlsxFile(
    file,
    [
      {
        name: "Actions",
        values: [
          ["Code", "Action"],
          ["1.1.1", "Publier"],
        ],
      },
    ],
    "UTC",
  );
  playground = await startPlayground({ file, root: ROOT, port: 0 });
});

afterAll(() => playground?.close());

async function select(cell: unknown): Promise<{ status: number; body: { ok?: boolean; error?: string } }> {
  const response = await fetch(`${playground.url}api/select`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ args: [cell] }),
  });
  return { status: response.status, body: await response.json() };
}

test("a cell inside the sheet is selected", async () => {
  expect(await select({ sheet: "Actions", row: 2, column: 2 })).toEqual({ status: 200, body: { ok: true } });
});

test.each([
  [
    { sheet: "Actions", row: 1_000_000, column: 1 },
    "La cellule ligne 1000000, colonne 1 est hors de la feuille « Actions ».",
  ],
  [
    { sheet: "Actions", row: 1, column: 5000 },
    "La cellule ligne 1, colonne 5000 est hors de la feuille « Actions ».",
  ],
  [{ sheet: "Objectifs", row: 1, column: 1 }, "La feuille « Objectifs » n'existe pas dans ce classeur."],
  [{ sheet: "Actions", row: 0, column: 1 }, expect.stringContaining("Cellule invalide")],
  [{ sheet: "Actions", row: 1.5, column: 1 }, expect.stringContaining("Cellule invalide")],
  [{ sheet: "Actions", row: 1e300, column: 1 }, expect.stringContaining("Cellule invalide")],
  ["A1", expect.stringContaining("Cellule invalide")],
])("%j is refused with 400 and a French message", async (cell, message) => {
  expect(await select(cell)).toEqual({ status: 400, body: { ok: false, error: message } });
});
